package io.touchmap.diff;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.load.Limits;
import io.touchmap.model.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Loads a map directory as it was at a git revision. The files under the directory at that revision are copied from
 * the object database into a private temporary directory, which the ordinary loader then reads, so every safety
 * rule of loading holds: only regular files are copied (links and submodules never are), names that could escape
 * the directory are refused, sizes are checked against the limits before a byte is written. Diagnostics are then
 * pointed back at the source directory's paths.
 */
final class GitRevision {

    private GitRevision() {
    }

    static LoadResult load(Path sourceDirectory, String revision, Limits limits) throws IOException {
        Path source = sourceDirectory.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(existingAncestor(source).toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("no git repository contains " + source + ", so baseRef '" + revision + "' cannot be read");
        }
        try (Repository repository = builder.build(); RevWalk walk = new RevWalk(repository)) {
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
            Path temporary = Files.createTempDirectory("touchmap-baseline-");
            try {
                Path copy = temporary.resolve("map");
                List<Diagnostic> problems = new ArrayList<>();
                boolean found = copyTree(repository, commit, inside, copy, source, limits, problems);
                if (!found) {
                    Diagnostic missing = DiagnosticText.ABSENT_AT_REVISION.at(Location.of(source), revision);
                    LoadResult empty = Touchmap.load(copy, limits);
                    return new LoadResult(source, empty.map(), List.of(missing));
                }
                LoadResult loaded = Touchmap.load(copy, limits);
                for (Diagnostic diagnostic : loaded.diagnostics()) {
                    problems.add(relocated(diagnostic, copy, source));
                }
                return new LoadResult(source, loaded.map(), problems);
            } finally {
                deleteTree(temporary);
            }
        }
    }

    /** The nearest directory that exists, so a map directory deleted in the working tree can still be found in git. */
    private static Path existingAncestor(Path path) {
        Path existing = path;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? path : existing;
    }

    /** The source directory's path inside the repository, with forward slashes; empty for the repository's root. */
    private static String pathInRepository(Repository repository, Path source) throws IOException {
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        Path ancestor = existingAncestor(source);
        Path real = ancestor.toRealPath().resolve(ancestor.relativize(source)).normalize();
        if (!real.startsWith(workTree)) {
            throw new IOException(source + " is not inside the working tree " + workTree);
        }
        return workTree.relativize(real).toString().replace('\\', '/');
    }

    /** Copies the regular files under {@code inside} at {@code commit} into {@code copy}; false when there are none. */
    private static boolean copyTree(Repository repository, RevCommit commit, String inside, Path copy, Path source, Limits limits,
            List<Diagnostic> problems) throws IOException {
        boolean found = false;
        long totalBytes = 0;
        int files = 0;
        try (TreeWalk walk = new TreeWalk(repository)) {
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
                Location at = Location.of(source.resolve(relative));
                FileMode mode = walk.getFileMode(0);
                if (mode == FileMode.SYMLINK) {
                    problems.add(DiagnosticText.BASELINE_LINK.at(at));
                    continue;
                }
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                if (!isSafe(relative)) {
                    problems.add(DiagnosticText.BASELINE_FILE_NAME.at(Location.of(source), relative));
                    continue;
                }
                Path target = copy.resolve(relative).normalize();
                if (!target.startsWith(copy)) {
                    continue;
                }
                ObjectLoader blob = repository.open(walk.getObjectId(0), Constants.OBJ_BLOB);
                long size = blob.getSize();
                if (size > limits.maxFileBytes()) {
                    problems.add(DiagnosticText.BASELINE_FILE_TOO_LARGE.at(at, size, limits.maxFileBytes()));
                    continue;
                }
                totalBytes += size;
                files++;
                if (totalBytes > limits.maxTotalBytes() || files > limits.maxFiles()) {
                    problems.add(DiagnosticText.BASELINE_TOO_LARGE.at(Location.of(source), limits.maxFiles(), limits.maxTotalBytes()));
                    return true;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    blob.copyTo(out);
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

    private static Diagnostic relocated(Diagnostic diagnostic, Path copy, Path source) {
        Location at = diagnostic.location();
        Path file = at.file().toAbsolutePath().normalize();
        if (!file.startsWith(copy)) {
            return diagnostic;
        }
        Location moved = new Location(source.resolve(copy.relativize(file)).normalize(), at.line(), at.column());
        return new Diagnostic(diagnostic.severity(), diagnostic.code(), moved, diagnostic.message(), diagnostic.hint());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // already gone
        }
    }
}
