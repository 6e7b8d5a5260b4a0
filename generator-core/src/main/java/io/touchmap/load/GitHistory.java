package io.touchmap.load;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The versions of a map directory in the history of the git repository that holds it: its tags that changed the
 * directory, else the last commits that touched it, each readable as a {@link MapSource} straight from the
 * repository's objects, with no checkout. One repository is opened for all versions; close it when done.
 *
 * <pre>{@code
 * try (GitHistory history = GitHistory.open(Path.of("src/touchmap"))) {
 *     for (GitHistory.Revision revision : history.versions(12)) {
 *         LoadResult map = Touchmap.load(history.source(revision), Limits.DEFAULT);
 *     }
 * }
 * }</pre>
 */
public final class GitHistory implements Closeable {

    /**
     * One version of the map directory.
     *
     * @param commit the full id of its commit
     * @param name its tag, else the abbreviated commit id
     * @param date the day of its commit (UTC)
     */
    public record Revision(String commit, String name, LocalDate date) {
    }

    /**
     * The versions found, oldest first, and whether the repository lacks part of the history.
     *
     * @param shallow true when the repository is a shallow clone and fewer versions were found than asked for: the
     *     missing ones may be beyond what the clone holds
     * @param byTags true when the versions are tags, false when they are commits
     */
    public record Versions(List<Revision> revisions, boolean shallow, boolean byTags) {

        public Versions {
            revisions = List.copyOf(revisions);
        }
    }

    private final Repository repository;
    private final Path directory;
    private final String inside;

    private GitHistory(Repository repository, Path directory, String inside) {
        this.repository = repository;
        this.directory = directory;
        this.inside = inside;
    }

    /**
     * The history of {@code directory}, in the repository that contains it.
     *
     * @throws IOException when no git repository contains the directory, or it is bare
     */
    public static GitHistory open(Path directory) throws IOException {
        Path source = directory.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true)
                .findGitDir(GitTreeSource.existingAncestor(source).toFile());
        if (builder.getGitDir() == null) {
            throw new IOException("no git repository contains " + source + ", so its history cannot be read");
        }
        Repository repository = builder.build();
        try {
            if (repository.isBare()) {
                throw new IOException("the repository of " + source + " is bare");
            }
            return new GitHistory(repository, source, GitTreeSource.pathInRepository(repository, source));
        } catch (IOException | RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /**
     * The last {@code count} versions of the directory, oldest first: the tags whose commit holds the directory as
     * no earlier tag did, else, without such tags, the last commits from {@code HEAD} that changed it.
     */
    public Versions versions(int count) throws IOException {
        if (count <= 0) {
            return new Versions(List.of(), false, false);
        }
        List<Revision> tags = tags();
        boolean byTags = !tags.isEmpty();
        List<Revision> found = byTags ? tags.subList(Math.max(0, tags.size() - count), tags.size()) : commits(count);
        return new Versions(found, found.size() < count && isShallow(), byTags);
    }

    /** The files of the directory at {@code revision}, read through this history's repository. */
    public MapSource source(Revision revision) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(revision.commit()));
            return GitTreeSource.at(repository, commit, directory, inside, revision.name());
        }
    }

    private List<Revision> tags() throws IOException {
        record Tagged(RevCommit commit, String name, ObjectId tree) {
        }
        List<Tagged> tagged = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                Ref peeled = repository.getRefDatabase().peel(ref);
                ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
                RevCommit commit;
                try {
                    commit = walk.parseCommit(target);
                } catch (MissingObjectException | IncorrectObjectTypeException e) {
                    // a tag of a blob or tree, or of a commit a shallow clone does not hold
                    continue;
                }
                ObjectId tree = treeOf(commit);
                if (tree != null) {
                    tagged.add(new Tagged(commit, ref.getName().substring(Constants.R_TAGS.length()), tree));
                }
            }
        }
        tagged.sort(Comparator.comparingInt((Tagged t) -> t.commit().getCommitTime()).thenComparing(Tagged::name));
        List<Revision> revisions = new ArrayList<>();
        ObjectId previous = null;
        for (Tagged tag : tagged) {
            if (!Objects.equals(tag.tree(), previous)) {
                revisions.add(revision(tag.commit(), tag.name()));
                previous = tag.tree();
            }
        }
        return revisions;
    }

    private List<Revision> commits(int count) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            return List.of();
        }
        List<Revision> revisions = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(head));
            walk.setTreeFilter(inside.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(inside), TreeFilter.ANY_DIFF));
            for (RevCommit commit : walk) {
                if (treeOf(commit) != null) {
                    revisions.add(revision(commit, commit.abbreviate(7).name()));
                }
                if (revisions.size() == count) {
                    break;
                }
            }
        }
        Collections.reverse(revisions);
        return revisions;
    }

    /** The id of the directory's tree at {@code commit}, or null when the commit does not hold it. */
    private ObjectId treeOf(RevCommit commit) throws IOException {
        if (inside.isEmpty()) {
            return commit.getTree();
        }
        try (TreeWalk walk = TreeWalk.forPath(repository, inside, commit.getTree())) {
            return walk == null || !walk.isSubtree() ? null : walk.getObjectId(0);
        }
    }

    private boolean isShallow() throws IOException {
        Set<ObjectId> shallow = repository.getObjectDatabase() instanceof org.eclipse.jgit.internal.storage.file.ObjectDirectory objects
                ? objects.getShallowCommits() : Set.of();
        return !shallow.isEmpty();
    }

    private static Revision revision(RevCommit commit, String name) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), ZoneOffset.UTC);
        return new Revision(commit.name(), name, day);
    }

    @Override
    public void close() {
        repository.close();
    }
}
