package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.CustomerTable.CUSTOMER;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static dev.quarry.examples.chinook.GenreTable.GENRE;
import static dev.quarry.examples.chinook.InvoiceLineTable.INVOICE_LINE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.PlaylistTable.PLAYLIST;
import static dev.quarry.examples.chinook.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.examples.chinook.TrackTable.TRACK;

import dev.quarry.relation.ManyToOne;
import dev.quarry.relation.OneToMany;
import dev.quarry.relation.Relation;

/**
 * The Chinook relations, declared once from the records' {@code @References}: each constant follows one foreign key
 * and is named {@code <TABLE>_<what it reaches>}. Load them with {@link dev.quarry.relation.Loader}, one statement
 * per level (see docs/relations.md). Immutable, thread-safe constants.
 */
public final class ChinookRelations {
    /** An artist's albums. */
    public static final OneToMany<Artist, Album> ARTIST_ALBUMS = Relation.oneToMany(ARTIST, ALBUM);
    /** An album's artist. */
    public static final ManyToOne<Album, Artist> ALBUM_ARTIST = Relation.manyToOne(ALBUM, ARTIST);
    /** An album's tracks. */
    public static final OneToMany<Album, Track> ALBUM_TRACKS = Relation.oneToMany(ALBUM, TRACK);
    /** A track's album (null for none: {@code AlbumId} is nullable, though no row of the data has NULL). */
    public static final ManyToOne<Track, Album> TRACK_ALBUM = Relation.manyToOne(TRACK, ALBUM);
    /** A track's genre (nullable in the schema). */
    public static final ManyToOne<Track, Genre> TRACK_GENRE = Relation.manyToOne(TRACK, GENRE);
    /** A playlist's entries: its {@code PlaylistTrack} rows, keyed (PlaylistId, TrackId). */
    public static final OneToMany<Playlist, PlaylistTrack> PLAYLIST_TRACKS = Relation.oneToMany(PLAYLIST,
            PLAYLIST_TRACK);
    /** The track a playlist entry names. */
    public static final ManyToOne<PlaylistTrack, Track> PLAYLIST_TRACK_TRACK = Relation.manyToOne(PLAYLIST_TRACK,
            TRACK);
    /** A customer's invoices. */
    public static final OneToMany<Customer, Invoice> CUSTOMER_INVOICES = Relation.oneToMany(CUSTOMER, INVOICE);
    /** A customer's support representative, an employee. */
    public static final ManyToOne<Customer, Employee> CUSTOMER_SUPPORT_REP = Relation.manyToOne(CUSTOMER, EMPLOYEE);
    /** An invoice's lines. */
    public static final OneToMany<Invoice, InvoiceLine> INVOICE_LINES = Relation.oneToMany(INVOICE, INVOICE_LINE);
    /** The track an invoice line sold. */
    public static final ManyToOne<InvoiceLine, Track> INVOICE_LINE_TRACK = Relation.manyToOne(INVOICE_LINE, TRACK);
    /**
     * The employees who report to an employee, through the self-reference {@code ReportsTo}. Only one foreign key
     * of {@code Employee} points at {@code Employee}, so naming the column is not required; it is named anyway
     * because in a self-reference "parent" and "child" are the same table and the column says which way it goes.
     */
    public static final OneToMany<Employee, Employee> EMPLOYEE_REPORTS = Relation.oneToMany(EMPLOYEE, EMPLOYEE,
            EMPLOYEE.reportsTo);
    /** The employee an employee reports to (null for the general manager). */
    public static final ManyToOne<Employee, Employee> EMPLOYEE_MANAGER = EMPLOYEE_REPORTS.inverse();

    private ChinookRelations() {
    }
}
