package org.tarikh.bot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;

/**
 * Downloads the files people send, through the Bot API: {@code getFile}, then the file's URL under
 * {@code TELEGRAM_API_URL} — built here, as TelegramBots' {@code downloadFile} ignores a custom server — at most
 * {@link org.tarikh.document.PageFetcher#MAX_BYTES} bytes. The URL holds the token: it is never logged.
 */
final class TelegramFiles {
    private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);

    private final Sender sender;
    private final OkHttpClient http;
    private final URI apiUrl;
    private final String token;

    TelegramFiles(Sender sender, OkHttpClient http, URI apiUrl, String token) {
        this.sender = sender;
        this.http = http;
        this.apiUrl = apiUrl;
        this.token = token;
    }

    /** A downloaded file's bytes; null when it could not be had, with {@code tooLarge} when that was its size. */
    record Download(byte[] bytes, boolean tooLarge) {
        static final Download FAILED = new Download(null, false);
        static final Download TOO_LARGE = new Download(null, true);
    }

    /** The file's bytes, unless Telegram would not give it or it is larger than {@code maxBytes}. */
    Download download(String fileId, long maxBytes) {
        Optional<File> file = sender.execute(GetFile.builder().fileId(fileId).build());
        if (file.isEmpty() || file.get().getFilePath() == null) {
            return Download.FAILED;
        }
        if (file.get().getFileSize() != null && file.get().getFileSize() > maxBytes) {
            return Download.TOO_LARGE;
        }
        String base = apiUrl.toString().replaceAll("/+$", "");
        Request request = new Request.Builder().url(base + "/file/bot" + token + "/" + file.get().getFilePath()).build();
        try (Response response = http.newCall(request).execute(); InputStream in = response.body().byteStream()) {
            if (!response.isSuccessful()) {
                log.warn("downloading a file from the Bot API failed: HTTP {}", response.code());
                return Download.FAILED;
            }
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            return bytes.length > maxBytes ? Download.TOO_LARGE : new Download(bytes, false);
        } catch (IOException e) {
            log.warn("downloading a file from the Bot API failed: {}", e.getClass().getSimpleName());
            return Download.FAILED;
        }
    }
}
