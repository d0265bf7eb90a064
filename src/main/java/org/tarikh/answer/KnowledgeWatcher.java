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
    /** After a reload that could not read the folder, or a failure to watch it, the next try comes this soon. */
    static final long RETRY_MILLIS = 1_000;

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

    /**
     * Reloads after each burst of changes, for as long as the watcher is open, whatever fails on the way: a folder
     * that vanished is watched again when it is back, and a reload that could not read the folder is tried again
     * a moment later, so that edits are never left unseen.
     */
    private void watch() {
        boolean retry = false;
        while (true) {
            try {
                WatchKey key = retry ? watcher.poll(RETRY_MILLIS, TimeUnit.MILLISECONDS) : watcher.take();
                // Debounce: wait until no change arrives for a quiet moment.
                while (key != null) {
                    key.pollEvents();
                    key.reset();
                    key = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                registerAll(); // a new topic folder is watched from now on
                retry = answerer.reload().problems().stream().anyMatch(p -> p.line() == 0);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                log.debug("knowledge watcher stopped");
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("watching the knowledge folder: {}; trying again", e.toString());
                retry = true;
            }
        }
    }

    private void registerAll() throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path folder : dirs.filter(Files::isDirectory).toList()) {
                try {
                    folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                } catch (java.nio.file.NoSuchFileException e) {
                    log.debug("a folder vanished while being watched: {}", folder);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
