package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.CustomerTable.CUSTOMER;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static dev.quarry.examples.chinook.GenreTable.GENRE;
import static dev.quarry.examples.chinook.InvoiceLineTable.INVOICE_LINE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.MediaTypeTable.MEDIA_TYPE;
import static dev.quarry.examples.chinook.PlaylistTable.PLAYLIST;
import static dev.quarry.examples.chinook.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.examples.chinook.TrackTable.TRACK;

import dev.quarry.query.Table;
import java.util.List;

/** The eleven Chinook tables, in an order where every table comes after the tables it references. */
public final class ChinookTables {
    /** Parents first: the order rows are inserted in. */
    public static final List<Table<?>> PARENTS_FIRST = List.of(ARTIST, ALBUM, GENRE, MEDIA_TYPE, TRACK, PLAYLIST,
            PLAYLIST_TRACK, EMPLOYEE, CUSTOMER, INVOICE, INVOICE_LINE);

    private ChinookTables() {
    }

    /** The tables as an array, parents first, for {@code db.schema().create(...)}. */
    public static Table<?>[] all() {
        return PARENTS_FIRST.toArray(new Table<?>[0]);
    }
}
