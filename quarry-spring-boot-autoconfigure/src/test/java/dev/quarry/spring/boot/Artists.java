package dev.quarry.spring.boot;

import static dev.quarry.fixtures.ArtistTable.ARTIST;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service with {@code @Transactional} methods that write through Quarry, one per propagation and rollback rule
 * the tests exercise. Spring proxies it; {@code self} is that proxy (lazily resolved), so calls between its methods
 * go through it.
 */
public class Artists {
    /** A checked exception: by Spring's rule it commits unless a rollback-for rule names it. */
    public static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private final Quarry db;
    private final Artists self;

    public Artists(Quarry db, @Lazy Artists self) {
        this.db = db;
        this.self = self;
    }

    public void add(String name) {
        db.insertInto(ARTIST).values(new Artist(0, name, null)).execute();
    }

    public List<String> names() {
        return db.select(ARTIST.name).from(ARTIST).orderBy(ARTIST.name.asc()).fetch();
    }

    @Transactional
    public void addThenFail(String first, String second) {
        add(first);
        self.addRequired(second);
        throw new IllegalStateException("failed after " + first + " and " + second);
    }

    @Transactional
    public void addBoth(String first, String second) {
        add(first);
        self.addRequired(second);
    }

    @Transactional
    public void addRequired(String name) {
        add(name);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void addInNewTransaction(String name) {
        add(name);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public List<String> namesInNewReadOnlyTransaction() {
        return names();
    }

    @Transactional
    public void addThenNewThenFail(String outer, String inNew) {
        add(outer);
        self.addInNewTransaction(inNew);
        throw new IllegalStateException("outer failed");
    }

    @Transactional
    public List<String> addThenReadInNewReadOnly(String outer) {
        add(outer);
        return self.namesInNewReadOnlyTransaction();
    }

    @Transactional(propagation = Propagation.NESTED)
    public void addNestedThenFail(String name) {
        add(name);
        throw new IllegalStateException("nested failed");
    }

    @Transactional
    public void addAroundFailedNested(String before, String nested, String after) {
        add(before);
        try {
            self.addNestedThenFail(nested);
        } catch (IllegalStateException expected) {
            // the savepoint was rolled back; the outer transaction goes on
        }
        add(after);
    }

    @Transactional
    public void addAroundFailedQuarryTransaction(String before, String inSavepoint, String after) {
        add(before);
        try {
            db.transactionRun(tx -> {
                tx.insertInto(ARTIST).values(new Artist(0, inSavepoint, null)).execute();
                throw new IllegalStateException("savepoint failed");
            });
        } catch (IllegalStateException expected) {
            // Quarry's transaction was a savepoint of Spring's: only it was undone
        }
        add(after);
    }

    @Transactional(readOnly = true)
    public void addInReadOnly(String name) {
        add(name);
    }

    @Transactional(readOnly = true)
    public List<String> namesReadOnly() {
        return names();
    }

    @Transactional
    public void addThenRefuse(String name) throws Refused {
        add(name);
        throw new Refused(name);
    }

    @Transactional(rollbackFor = Refused.class)
    public void addThenRefuseRollingBack(String name) throws Refused {
        add(name);
        throw new Refused(name);
    }

    @Transactional(noRollbackFor = IllegalStateException.class)
    public void addThenFailCommitting(String name) {
        add(name);
        throw new IllegalStateException(name);
    }
}
