package dcplanner.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dcplanner.scenario.Workspace;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workspace file on disk: read at open, written whole after every change through
 * {@link AtomicFiles} (a temporary file moved into place), so a killed process leaves either the
 * previous or the next workspace, never half of one. One process at a time may change a workspace:
 * it holds an operating-system lock on {@code FILE.lock} (released by the system when the process
 * ends, even by kill -9); a second process opens the workspace read-only and is told why.
 */
public final class WorkspaceStore implements AutoCloseable {

    /** The {@code format} field that marks a workspace file. */
    public static final String FORMAT = "dc-planner workspace";
    public static final int VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String readOnlyReason;
    private final Workspace loaded;

    private WorkspaceStore(Path file, FileChannel lockChannel, FileLock lock, String readOnlyReason,
            Workspace loaded) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.loaded = loaded;
    }

    /**
     * Opens {@code file} (a missing file is an empty workspace): writable if no other process holds
     * it, otherwise read-only.
     *
     * @throws IllegalArgumentException when the file exists but is not a readable workspace
     */
    public static WorkspaceStore open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock = null;
        String reason = null;
        try {
            Files.createDirectories(absolute.getParent());
            Path lockFile = lockFileOf(absolute);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it already (a second store on the same file)
            }
            if (lock == null) {
                String holder = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
                reason = "workspace " + absolute + " is open in another dc-planner"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")") + "; opened read-only";
                channel.close();
                channel = null;
            } else {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(processId().getBytes(StandardCharsets.UTF_8)), 0);
                removeLeftOvers(absolute);
            }
            return new WorkspaceStore(absolute, channel, lock, reason, read(absolute));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot open workspace " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** The workspace as it was on disk when opened. */
    public Workspace loaded() {
        return loaded;
    }

    public Path file() {
        return file;
    }

    public boolean readOnly() {
        return lock == null;
    }

    /** Why the workspace is read-only, if it is. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /** Reads the workspace on disk again (what another process has saved since). */
    public Workspace reload() {
        return read(file);
    }

    /** Writes the whole workspace atomically. */
    public void save(Workspace workspace) {
        if (readOnly()) {
            throw new IllegalStateException(readOnlyReason + ": changes are not saved");
        }
        String json = toJson(workspace);
        AtomicFiles.write(file, writer -> writer.write(json));
    }

    @Override
    public void close() {
        closeQuietly(lockChannel);
    }

    /** The workspace as a JSON document. */
    public static String toJson(Workspace workspace) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("current", workspace.current());
        List<Map<String, Object>> scenarios = new ArrayList<>();
        workspace.scenarios().forEach((name, inputs) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("inputs", inputs);
            scenarios.add(entry);
        });
        doc.put("scenarios", scenarios);
        return JsonOutput.write(doc) + System.lineSeparator();
    }

    /** Reads a workspace file; a missing file is an empty workspace. */
    public static Workspace read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Workspace.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read workspace " + file + ": " + e.getMessage(), e);
        }
        try {
            return fromJson(text);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalArgumentException("workspace " + file + " is not a dc-planner workspace ("
                    + oneLine(e.getMessage()) + "); move it away or give another --workspace FILE");
        }
    }

    static Workspace fromJson(String text) {
        JsonNode doc = MAPPER.readTree(text);
        if (doc == null || !doc.isObject() || !FORMAT.equals(doc.path("format").asString(""))) {
            throw new IllegalArgumentException("no \"format\": \"" + FORMAT + "\" field");
        }
        if (doc.path("version").asInt(0) != VERSION) {
            throw new IllegalArgumentException("version " + doc.path("version") + " is not " + VERSION);
        }
        Map<String, Map<String, String>> scenarios = new LinkedHashMap<>();
        for (JsonNode entry : doc.path("scenarios")) {
            String name = entry.path("name").asString("");
            if (!Workspace.isValidName(name) || scenarios.containsKey(name)) {
                throw new IllegalArgumentException("scenario name '" + name + "' is invalid or repeated");
            }
            Map<String, String> inputs = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> input : entry.path("inputs").properties()) {
                inputs.put(input.getKey(), input.getValue().asString(""));
            }
            scenarios.put(name, inputs);
        }
        JsonNode current = doc.path("current");
        return new Workspace(scenarios, current.isString() ? current.asString() : null);
    }

    static Path lockFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /** Temporary files of saves that a killed process never moved into place. */
    private static void removeLeftOvers(Path file) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(file.getParent(),
                "." + file.getFileName() + ".*.tmp")) {
            for (Path leftOver : stream) {
                Files.deleteIfExists(leftOver);
            }
        }
    }

    private static String processId() {
        return String.valueOf(ProcessHandle.current().pid());
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the lock; nothing more can be done
            }
        }
    }
}
