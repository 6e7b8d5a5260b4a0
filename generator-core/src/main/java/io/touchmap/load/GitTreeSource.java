package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.model.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The files below a directory as they were at a git revision, read from the repository's object database: nothing is
 * copied, checked out or written. Only regular files can be read; a symbolic link is listed as not followed, a
 * submodule not at all, and a name that could lead outside the directory on some system is refused. The files keep
 * the paths they have in the working tree, so diagnostics name them as the repository does.
 */
final class GitTreeSource implements MapSource {

    private final Repository repository;
    private final boolean owner;
    private final Path root;
    private final Map<String, ObjectId> blobs;
    private final Map<String, SourceFile> byPath;
    private final List<SourceFile> files;
    private final Diagnostic absence;

    private GitTreeSource(Repository repository, boolean owner, Path root, Map<String, SourceFile> byPath, Map<String, ObjectId> blobs,
            Diagnostic absence) {
        this.repository = repository;
        this.owner = owner;
        this.root = root;
        this.byPath = byPath;
        this.blobs = blobs;
        this.files = byPath.values().stream().sorted(java.util.Comparator.comparing(SourceFile::path)).toList();
        this.absence = absence;
    }

    static GitTreeSource open(Path directory, String revision) throws IOException {
        Path source = directory.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(existingAncestor(source).toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("no git repository contains " + source + ", so baseRef '" + revision + "' cannot be read");
        }
        Repository repository = builder.build();
        try (RevWalk walk = new RevWalk(repository)) {
            if (repository.isBare()) {
                throw new IOException("the repository of " + source + " is bare");
            }
            ObjectId id;
            try {
                id = repository.resolve(revision + "^{commit}");
            } catch (RevisionSyntaxException e) {
                throw new IOException("'" + revision + "' is not a git revision in " + repository.getWorkTree(), e);
            }
            if (id == null) {
                throw new IOException("git revision '" + revision + "' does not exist in " + repository.getWorkTree()
                        + " (a shallow clone may lack it: fetch the full history)");
            }
            RevCommit commit = walk.parseCommit(id);
            String inside = pathInRepository(repository, source);
            Map<String, SourceFile> byPath = new LinkedHashMap<>();
            Map<String, ObjectId> blobs = new LinkedHashMap<>();
            boolean found = list(repository, commit, inside, byPath, blobs);
            Diagnostic absence = found ? null : DiagnosticText.ABSENT_AT_REVISION.at(Location.of(source), revision);
            return new GitTreeSource(repository, true, source, byPath, blobs, absence);
        } catch (IOException | RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /**
     * The files below {@code source} at {@code commit} of {@code repository}, which stays open: the history reads
     * many revisions through one repository. {@code inside} is the source's path in the repository.
     */
    static GitTreeSource at(Repository repository, RevCommit commit, Path source, String inside, String revision) throws IOException {
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        Map<String, ObjectId> blobs = new LinkedHashMap<>();
        boolean found = list(repository, commit, inside, byPath, blobs);
        Diagnostic absence = found ? null : DiagnosticText.ABSENT_AT_REVISION.at(Location.of(source), revision);
        return new GitTreeSource(repository, false, source, byPath, blobs, absence);
    }

    /** The nearest directory that exists, so a map directory deleted in the working tree can still be found in git. */
    static Path existingAncestor(Path path) {
        Path existing = path;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing;
    }

    /** The source directory's path inside the repository, with forward slashes; empty for the repository's root. */
    static String pathInRepository(Repository repository, Path source) throws IOException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        Path ancestor = existingAncestor(source);
        Path real = ancestor.toRealPath().resolve(ancestor.relativize(source)).normalize();
        if (!real.startsWith(workTree)) {
            throw new IOException(source + " is not inside the working tree " + workTree);
        }
        return workTree.relativize(real).toString().replace('\\', '/');
    }

    /** Lists the files under {@code inside} at {@code commit}, in path order; false when there are none. */
    private static boolean list(Repository repository, RevCommit commit, String inside, Map<String, SourceFile> byPath,
            Map<String, ObjectId> blobs) throws IOException {
        boolean found = false;
        try (TreeWalk walk = new TreeWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!inside.isEmpty()) {
                walk.setFilter(PathFilter.create(inside));
            }
            while (walk.next()) {
                String path = walk.getPathString();
                if (!inside.isEmpty() && !path.startsWith(inside + "/")) {
                    continue;
                }
                found = true;
                String relative = inside.isEmpty() ? path : path.substring(inside.length() + 1);
                FileMode mode = walk.getFileMode(0);
                if (!isSafe(relative)) {
                    byPath.put(relative, SourceFile.refused(relative, SourceFile.Kind.UNSAFE_NAME, ""));
                } else if (mode == FileMode.SYMLINK) {
                    byPath.put(relative, SourceFile.refused(relative, SourceFile.Kind.LINK_NOT_FOLLOWED, ""));
                } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    ObjectId blob = walk.getObjectId(0);
                    blobs.put(relative, blob);
                    byPath.put(relative, SourceFile.file(relative, reader.getObjectSize(blob, Constants.OBJ_BLOB)));
                }
            }
        }
        return found;
    }

    /** A relative path whose every segment is a plain name on every platform. */
    private static boolean isSafe(String relative) {
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("\\") || segment.contains(":")
                    || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<SourceFile> files() {
        return files;
    }

    @Override
    public Optional<SourceFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    @Override
    public Optional<Diagnostic> absence() {
        return Optional.ofNullable(absence);
    }

    @Override
    public InputStream open(SourceFile file) throws IOException {
        ObjectId blob = blobs.get(file.path());
        if (blob == null || !file.readable()) {
            throw new IOException("not a readable file of " + root + ": " + file.path());
        }
        return repository.open(blob, Constants.OBJ_BLOB).openStream();
    }

    @Override
    public MapSource folder(String folder) {
        String prefix = folder + "/";
        Map<String, SourceFile> below = new LinkedHashMap<>();
        Map<String, ObjectId> belowBlobs = new LinkedHashMap<>();
        for (SourceFile file : files) {
            if (file.path().startsWith(prefix)) {
                String path = file.path().substring(prefix.length());
                below.put(path, new SourceFile(path, file.size(), file.kind(), file.detail()));
                if (blobs.containsKey(file.path())) {
                    belowBlobs.put(path, blobs.get(file.path()));
                }
            }
        }
        return new GitTreeSource(repository, false, root.resolve(folder), below, belowBlobs, null);
    }

    @Override
    public void close() {
        if (owner) {
            repository.close();
        }
    }
}
