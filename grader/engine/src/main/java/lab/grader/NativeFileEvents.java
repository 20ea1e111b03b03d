package lab.grader;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * File changes as the operating system reports them, through {@link WatchService}. A watch service sees one folder,
 * not its subfolders, so every folder of the tree is registered, and each new one as it appears.
 */
final class NativeFileEvents implements FileEvents {

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    NativeFileEvents(Path root) throws IOException {
        this.root = root;
        this.service = root.getFileSystem().newWatchService();
        register(root);
    }

    @Override
    public List<Path> poll(long timeoutNanos) throws InterruptedException {
        WatchKey key = service.poll(timeoutNanos, TimeUnit.NANOSECONDS);
        List<Path> changed = new ArrayList<>();
        while (key != null) {
            Path folder = folders.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW || folder == null) {
                    // Events were lost: something changed somewhere in the tree.
                    changed.add(root);
                    continue;
                }
                Path file = folder.resolve((Path) event.context());
                changed.add(file);
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    // Files may have been written into the new folder before it was registered.
                    changed.addAll(registerIfThere(file));
                }
            }
            if (!key.reset()) {
                folders.remove(key);
            }
            key = service.poll();
        }
        return changed;
    }

    private List<Path> registerIfThere(Path folder) {
        try {
            return register(folder);
        } catch (IOException | UncheckedIOException e) {
            // The folder went again before it was walked (an editor's backup folder): nothing to watch there.
            return List.of();
        }
    }

    /** Register a folder and every folder below it; return the files already in them. */
    private List<Path> register(Path top) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.toList()) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    folders.put(path.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), path);
                } else {
                    files.add(path);
                }
            }
        }
        return files;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
