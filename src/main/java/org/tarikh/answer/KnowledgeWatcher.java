package org.tarikh.answer;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a knowledge folder and its sub-folders and reloads the {@link LiveAnswerer} once the files have
 * stopped changing for a moment, so that saving several files (or a git checkout) reloads once.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    static final long QUIET_MILLIS = 500;

    private final Path dir;
    private final LiveAnswerer answerer;
    private final WatchService watcher;
    private final Thread thread;

    public KnowledgeWatcher(Path dir, LiveAnswerer answerer) throws IOException {
        this.dir = dir;
        this.answerer = answerer;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerAll();
        this.thread = new Thread(this::watch, "tarikh-knowledge-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("closing the knowledge watcher: {}", e.toString());
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                // Debounce: wait until no change arrives for a quiet moment.
                do {
                    key.pollEvents();
                    key.reset();
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                registerAll(); // a new topic folder is watched from now on
                answerer.reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            log.debug("knowledge watcher stopped");
        } catch (IOException | RuntimeException e) {
            log.error("knowledge watcher failed, reloads need /reload from now on: {}", e.toString());
        }
    }

    private void registerAll() throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path folder : dirs.filter(Files::isDirectory).toList()) {
                folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
