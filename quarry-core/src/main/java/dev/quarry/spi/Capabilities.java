package dev.quarry.spi;

import java.util.Objects;

/**
 * What a database can do, read from the live server's version where it varies (STYLE.md 2). Modules and users ask
 * this, never which database it is: a migration runner reads {@link #transactionalDdl()} to decide whether a failed
 * migration can be rolled back, a watcher reads {@link #embedded()} to decide how other processes' changes are seen.
 * Obtain it from {@code db.capabilities()}. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>The builder starts from what every supported database can do in its current release (see each method), so a
 * test dialect states only where it differs.
 */
public final class Capabilities {
    private final boolean insertReturning;
    private final boolean updateReturning;
    private final boolean deleteReturning;
    private final boolean transactionalDdl;
    private final boolean savepoints;
    private final int maxParameters;
    private final boolean streamingNeedsTransaction;
    private final boolean upsert;
    private final boolean windowFunctions;
    private final boolean nullsOrder;
    private final boolean embedded;

    private Capabilities(Builder b) {
        this.insertReturning = b.insertReturning;
        this.updateReturning = b.updateReturning;
        this.deleteReturning = b.deleteReturning;
        this.transactionalDdl = b.transactionalDdl;
        this.savepoints = b.savepoints;
        this.maxParameters = b.maxParameters;
        this.streamingNeedsTransaction = b.streamingNeedsTransaction;
        this.upsert = b.upsert;
        this.windowFunctions = b.windowFunctions;
        this.nullsOrder = b.nullsOrder;
        this.embedded = b.embedded;
    }

    /** A builder holding what a current database can do: everything, up to 65,535 parameters, not embedded. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these capabilities, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** INSERT ... RETURNING (PostgreSQL; SQLite 3.35+; MariaDB 10.5+). */
    public boolean insertReturning() {
        return insertReturning;
    }

    /** UPDATE ... RETURNING (PostgreSQL; SQLite 3.35+; never MariaDB). */
    public boolean updateReturning() {
        return updateReturning;
    }

    /** DELETE ... RETURNING (PostgreSQL; SQLite 3.35+; MariaDB 10.0.5+). */
    public boolean deleteReturning() {
        return deleteReturning;
    }

    /** CREATE, ALTER and DROP roll back with the transaction (PostgreSQL, SQLite; not MariaDB). */
    public boolean transactionalDdl() {
        return transactionalDdl;
    }

    /** SAVEPOINT / RELEASE / ROLLBACK TO, so nested transactions work. */
    public boolean savepoints() {
        return savepoints;
    }

    /** The most bind parameters one statement may hold. */
    public int maxParameters() {
        return maxParameters;
    }

    /** A cursor streams rows only inside a transaction (pgjdbc's fetch size). */
    public boolean streamingNeedsTransaction() {
        return streamingNeedsTransaction;
    }

    /** An insert can resolve a key conflict (SQLite 3.24+; PostgreSQL 9.5+; MariaDB). */
    public boolean upsert() {
        return upsert;
    }

    /** {@code ... OVER (...)} (SQLite 3.25+; PostgreSQL; MariaDB 10.2+). */
    public boolean windowFunctions() {
        return windowFunctions;
    }

    /** ORDER BY ... NULLS FIRST/LAST natively (PostgreSQL; SQLite 3.30+); Quarry emulates it elsewhere. */
    public boolean nullsOrder() {
        return nullsOrder;
    }

    /**
     * The database is a local file opened inside this process (SQLite): no server sees every change, other
     * processes may write the same file, and one writer at a time is all the file allows.
     */
    public boolean embedded() {
        return embedded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Capabilities c && insertReturning == c.insertReturning
                && updateReturning == c.updateReturning && deleteReturning == c.deleteReturning
                && transactionalDdl == c.transactionalDdl && savepoints == c.savepoints
                && maxParameters == c.maxParameters && streamingNeedsTransaction == c.streamingNeedsTransaction
                && upsert == c.upsert && windowFunctions == c.windowFunctions && nullsOrder == c.nullsOrder
                && embedded == c.embedded;
    }

    @Override
    public int hashCode() {
        return Objects.hash(insertReturning, updateReturning, deleteReturning, transactionalDdl, savepoints,
                maxParameters, streamingNeedsTransaction, upsert, windowFunctions, nullsOrder, embedded);
    }

    @Override
    public String toString() {
        return "Capabilities[insertReturning=" + insertReturning + ", updateReturning=" + updateReturning
                + ", deleteReturning=" + deleteReturning + ", transactionalDdl=" + transactionalDdl
                + ", savepoints=" + savepoints + ", maxParameters=" + maxParameters
                + ", streamingNeedsTransaction=" + streamingNeedsTransaction + ", upsert=" + upsert
                + ", windowFunctions=" + windowFunctions + ", nullsOrder=" + nullsOrder + ", embedded=" + embedded
                + "]";
    }

    /** Collects capabilities; not thread-safe. */
    public static final class Builder {
        private boolean insertReturning = true;
        private boolean updateReturning = true;
        private boolean deleteReturning = true;
        private boolean transactionalDdl = true;
        private boolean savepoints = true;
        private int maxParameters = 65535;
        private boolean streamingNeedsTransaction;
        private boolean upsert = true;
        private boolean windowFunctions = true;
        private boolean nullsOrder = true;
        private boolean embedded;

        private Builder() {
        }

        private Builder(Capabilities c) {
            insertReturning = c.insertReturning;
            updateReturning = c.updateReturning;
            deleteReturning = c.deleteReturning;
            transactionalDdl = c.transactionalDdl;
            savepoints = c.savepoints;
            maxParameters = c.maxParameters;
            streamingNeedsTransaction = c.streamingNeedsTransaction;
            upsert = c.upsert;
            windowFunctions = c.windowFunctions;
            nullsOrder = c.nullsOrder;
            embedded = c.embedded;
        }

        /** Sets INSERT, UPDATE and DELETE ... RETURNING at once. */
        public Builder returning(boolean value) {
            return insertReturning(value).updateReturning(value).deleteReturning(value);
        }

        /** Sets {@link Capabilities#insertReturning()}: INSERT ... RETURNING. */
        public Builder insertReturning(boolean value) {
            insertReturning = value;
            return this;
        }

        /** Sets {@link Capabilities#updateReturning()}: UPDATE ... RETURNING. */
        public Builder updateReturning(boolean value) {
            updateReturning = value;
            return this;
        }

        /** Sets {@link Capabilities#deleteReturning()}: DELETE ... RETURNING. */
        public Builder deleteReturning(boolean value) {
            deleteReturning = value;
            return this;
        }

        /** Sets {@link Capabilities#transactionalDdl()}: whether DDL takes part in transactions. */
        public Builder transactionalDdl(boolean value) {
            transactionalDdl = value;
            return this;
        }

        /** Sets {@link Capabilities#savepoints()}: savepoints (nested transactions). */
        public Builder savepoints(boolean value) {
            savepoints = value;
            return this;
        }

        /**
         * Sets {@link Capabilities#maxParameters()}.
         *
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder maxParameters(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxParameters must be at least 1, was " + value);
            }
            maxParameters = value;
            return this;
        }

        /** Sets {@link Capabilities#streamingNeedsTransaction()}: whether streaming a result needs a transaction. */
        public Builder streamingNeedsTransaction(boolean value) {
            streamingNeedsTransaction = value;
            return this;
        }

        /** Sets {@link Capabilities#upsert()}: INSERT ... ON CONFLICT or its equivalent. */
        public Builder upsert(boolean value) {
            upsert = value;
            return this;
        }

        /** Sets {@link Capabilities#windowFunctions()}: window functions. */
        public Builder windowFunctions(boolean value) {
            windowFunctions = value;
            return this;
        }

        /** Sets {@link Capabilities#nullsOrder()}: NULLS FIRST / LAST in ORDER BY. */
        public Builder nullsOrder(boolean value) {
            nullsOrder = value;
            return this;
        }

        /** Sets {@link Capabilities#embedded()}: whether the database runs inside this process. */
        public Builder embedded(boolean value) {
            embedded = value;
            return this;
        }

        /** The capabilities set so far. */
        public Capabilities build() {
            return new Capabilities(this);
        }
    }
}
