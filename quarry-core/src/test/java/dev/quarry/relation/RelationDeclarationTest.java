package dev.quarry.relation;

import static dev.quarry.fixtures.RelAlbumTable.REL_ALBUM;
import static dev.quarry.fixtures.RelArtistTable.REL_ARTIST;
import static dev.quarry.fixtures.RelDuetTable.REL_DUET;
import static dev.quarry.fixtures.RelTrackTable.REL_TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.fixtures.RelArtist;
import dev.quarry.fixtures.RelDuet;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations are derived from the child's foreign keys, and say what to do when that is ambiguous. */
class RelationDeclarationTest {

    record DuetWithArtists(RelDuet duet, RelArtist lead, RelArtist guest) {
    }

    @Test
    void aOneToManyFindsTheChildsOnlyForeignKeyToTheParent() {
        OneToMany<?, ?> albumTracks = Relation.oneToMany(REL_ALBUM, REL_TRACK);

        assertThat(albumTracks.foreignKey().name()).isEqualTo("rel_track_album_id_fkey");
        assertThat(albumTracks.from()).isSameAs(REL_ALBUM);
        assertThat(albumTracks.to()).isSameAs(REL_TRACK);
    }

    @Test
    void aManyToOneIsTheInverseOfTheOneToMany() {
        ManyToOne<?, ?> trackAlbum = Relation.manyToOne(REL_TRACK, REL_ALBUM);

        assertThat(trackAlbum.foreignKey()).isEqualTo(Relation.oneToMany(REL_ALBUM, REL_TRACK).foreignKey());
        assertThat(trackAlbum.inverse().to()).isSameAs(REL_TRACK);
        assertThat(trackAlbum.inverse().inverse().to()).isSameAs(REL_ALBUM);
    }

    @Test
    void tablesWithoutAForeignKeyBetweenThemAreRefused() {
        assertThatThrownBy(() -> Relation.oneToMany(REL_ARTIST, REL_TRACK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'rel_track' has no foreign key to 'rel_artist'")
                .hasMessageContaining("@References");
    }

    @Test
    void twoForeignKeysToTheSameParentAskForTheColumn() {
        assertThatThrownBy(() -> Relation.manyToOne(REL_DUET, REL_ARTIST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 foreign keys")
                .hasMessageContaining("rel_duet_lead_id_fkey[lead_id]")
                .hasMessageContaining("name the column");

        assertThat(Relation.manyToOne(REL_DUET, REL_ARTIST, REL_DUET.guestId).foreignKey().name())
                .isEqualTo("rel_duet_guest_id_fkey");
    }

    @Test
    void theNamedColumnMustBelongToTheChild() {
        assertThatThrownBy(() -> Relation.oneToMany(REL_ARTIST, REL_DUET, REL_ALBUM.artistId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a column of 'rel_duet'");
        assertThatThrownBy(() -> Relation.oneToMany(REL_ARTIST, REL_DUET, REL_DUET.title))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holding column 'title'");
    }

    @AllDatabases
    void twoRelationsAlongTwoForeignKeysLoadTheirOwnParents(TestDb t) {
        Quarry db = t.use(REL_ARTIST, REL_DUET);
        db.insertInto(REL_ARTIST).values(List.of(new RelArtist(1, "Freddie"), new RelArtist(2, "David"))).execute();
        db.insertInto(REL_DUET).values(new RelDuet(7, 1, 2, "Under Pressure")).execute();
        ManyToOne<RelDuet, RelArtist> lead = Relation.manyToOne(REL_DUET, REL_ARTIST, REL_DUET.leadId);
        ManyToOne<RelDuet, RelArtist> guest = Relation.manyToOne(REL_DUET, REL_ARTIST, REL_DUET.guestId);

        List<RelDuet> duets = db.selectFrom(REL_DUET).fetch();
        List<RelArtist> leads = Loader.on(db).load(duets, lead.parent());
        List<RelArtist> guests = Loader.on(db).load(duets, guest.parent());

        assertThat(new DuetWithArtists(duets.get(0), leads.get(0), guests.get(0))).isEqualTo(
                new DuetWithArtists(new RelDuet(7, 1, 2, "Under Pressure"), new RelArtist(1, "Freddie"),
                        new RelArtist(2, "David")));
        assertThat(Loader.on(db).load(List.of(new RelArtist(2, "David")), guest.inverse().children()))
                .containsExactly(duets);
    }

    @Test
    void aChunkSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> Loader.on(() -> null).chunkSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 1");
    }
}
