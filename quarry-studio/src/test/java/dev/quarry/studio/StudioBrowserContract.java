package dev.quarry.studio;

import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.GenreTable.GENRE;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static dev.quarry.query.Dsl.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quarry.Quarry;
import dev.quarry.error.UniqueViolationException;
import dev.quarry.examples.chinook.Genre;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.TestTarget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Studio in a real headless Chromium on Chinook, written once and run on each database by a subclass of a few
 * lines: page through {@code Track}, sort, filter, follow a foreign key both ways, edit a cell and find it stored,
 * provoke a unique violation and read its message, upload a file into a binary cell, watch a grid change within a
 * second of another connection's (on SQLite: another process's) insert, and a read-only Studio that offers no
 * editing. One browser and one writable Studio per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StudioBrowserContract {
    /** How long a page may take to show what a click asked for (a busy 2-core machine runs other builds too). */
    private static final Duration PAGE = Duration.ofSeconds(15);

    private ChinookDatabase chinook;
    private Quarry db;
    private Studio studio;
    private Browser browser;
    private WebDriver driver;

    abstract TestTarget target();

    @BeforeAll
    void openStudioAndBrowser() throws Exception {
        chinook = ChinookDatabase.open(target());
        db = chinook.db();
        studio = Studio.start(db, StudioOptions.defaults().readOnly(false));
        browser = new Browser();
        driver = browser.driver();
    }

    @AfterAll
    void closeEverything() throws Exception {
        try (ChinookDatabase c = chinook; Studio s = studio; Browser b = browser) {
            // closed in reverse order: the browser, the Studio, then the database scope
        }
    }

    @Test
    void pagesThroughTracksSortsFiltersAndFollowsForeignKeysBothWays() throws Exception {
        open("#/t/Track");
        waitFor(d -> text("#total").equals("3,503 rows"));
        assertThat(rows()).hasSize(50);
        assertThat(cell(0, "TrackId")).isEqualTo("1");
        screenshot("grid");

        click("#next");
        waitFor(d -> cell(0, "TrackId").equals("51"));
        assertThat(text("#page-info")).isEqualTo("rows 51–100");
        click("#prev");
        waitFor(d -> cell(0, "TrackId").equals("1"));

        click("#grid th[data-column='Name']");
        List<String> byName = db.select(TRACK.name).from(TRACK).orderBy(TRACK.name.asc(), TRACK.trackId.asc())
                .limit(3).fetch();
        waitFor(d -> cell(0, "Name").equals(byName.get(0)) && cell(2, "Name").equals(byName.get(2)));
        click("#grid th[data-column='Name']");
        String lastByName = db.select(TRACK.name).from(TRACK).orderBy(TRACK.name.desc(), TRACK.trackId.desc())
                .limit(1).fetchOne();
        waitFor(d -> cell(0, "Name").equals(lastByName));

        select("#filter-column", "Composer");
        select("#filter-op", "contains");
        driver.findElement(By.id("filter-value")).sendKeys("Jagger");
        click("#filter-add");
        long jagger = db.select(count()).from(TRACK).where(TRACK.composer.contains("Jagger")).fetchOne();
        waitFor(d -> text("#total").equals(jagger + " rows"));
        assertThat(rows()).allSatisfy(r -> assertThat(r.findElement(By.cssSelector("td[data-column='Composer']"))
                .getText()).contains("Jagger"));

        String albumId = cell(0, "AlbumId");
        driver.findElement(By.cssSelector("#grid tbody tr td[data-column='AlbumId'] a.fk")).click();
        waitFor(d -> text("#grid-title").equals("Album") && rows().size() == 1);
        assertThat(cell(0, "AlbumId")).isEqualTo(albumId);

        driver.findElement(By.cssSelector("#grid tbody tr a.child[data-child='Track']")).click();
        long tracksOfAlbum = db.select(count()).from(TRACK).where(TRACK.albumId.eq(Long.parseLong(albumId)))
                .fetchOne();
        waitFor(d -> text("#grid-title").equals("Track") && text("#total").equals(tracksOfAlbum + " rows"));
    }

    @Test
    void editsACellAndStoresItAndShowsAUniqueViolationsMessage() throws Exception {
        open("#/t/Genre");
        waitFor(d -> text("#total").equals("25 rows"));

        WebElement name = row("1").findElement(By.cssSelector("td[data-column='Name']"));
        new Actions(driver).doubleClick(name).perform();
        WebElement input = driver.findElement(By.cssSelector("#grid td.editing input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Rock and Roll", Keys.ENTER);   // clear() would blur it
        waitFor(d -> text("#message").equals("Saved Name."));
        assertThat(db.selectFrom(GENRE).where(GENRE.genreId.eq(1L)).fetchOne().name()).isEqualTo("Rock and Roll");
        waitFor(d -> row("1").findElement(By.cssSelector("td[data-column='Name']")).getText()
                .equals("Rock and Roll"));

        click("#add-row");
        driver.findElement(By.id("new-GenreId")).sendKeys("1");
        driver.findElement(By.id("new-Name")).sendKeys("Duplicate");
        click("#insert-save");
        String expected = catchThrowableOfType(UniqueViolationException.class,
                () -> db.insertInto(GENRE).values(new Genre(1, "Duplicate")).execute()).getMessage();
        waitFor(d -> driver.findElement(By.id("message")).getAttribute("class").equals("error"));
        String sentence = "nothing was written.";   // the typed error's own words; the driver's text follows
        assertThat(text("#message")).startsWith(expected.substring(0, expected.indexOf(sentence) + sentence.length()))
                .contains("SQL: INSERT INTO " + db.quote("Genre"));
        screenshot("unique-violation");
        assertThat(db.select(count()).from(GENRE).fetchOne()).isEqualTo(25L);
    }

    @Test
    void aGridUpdatesWithinASecondWhenAnotherConnectionInsertsARow() throws Exception {
        open("#/t/Artist?sort=ArtistId&dir=desc");
        waitFor(d -> text("#total").equals("275 rows") && driver.findElement(By.id("live")).getAttribute("class")
                .contains("on"));

        insertElsewhere(9001, "Studio Live Band");

        new WebDriverWait(driver, Duration.ofSeconds(1), Duration.ofMillis(20))
                .ignoring(StaleElementReferenceException.class)
                .withMessage("the grid did not show the other connection's row within a second")
                .until(d -> cell(0, "Name").equals("Studio Live Band"));
        assertThat(text("#total")).isEqualTo("276 rows");
        assertThat(text("#live")).startsWith("live · changed ");
        screenshot("live");
    }

    @Test
    void anEditInProgressIsKeptWhenALiveChangeArrivesAndTheChangeShowsOnceItIsSaved() throws Exception {
        open("#/t/Artist?sort=ArtistId&dir=desc");
        waitFor(d -> !rows().isEmpty() && driver.findElement(By.id("live")).getAttribute("class").contains("on"));
        long before = db.select(count()).from(ARTIST).fetchOne();

        new Actions(driver).doubleClick(row("275").findElement(By.cssSelector("td[data-column='Name']"))).perform();
        WebElement input = driver.findElement(By.cssSelector("#grid td.editing input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Edited While Live");
        insertElsewhere(9000, "Arrived Meanwhile");   // below 9001, so the other live test's row stays on top

        waitFor(d -> driver.findElement(By.id("changed")).isDisplayed());
        WebElement stillOpen = driver.findElement(By.cssSelector("#grid td.editing input"));
        assertThat(stillOpen.getAttribute("value")).isEqualTo("Edited While Live");
        assertThat(driver.findElements(By.cssSelector("#grid tbody tr[data-key='[\"9000\"]']"))).isEmpty();
        stillOpen.sendKeys(Keys.ENTER);

        waitFor(d -> text("#message").equals("Saved Name."));
        assertThat(db.select(ARTIST.name).from(ARTIST).where(ARTIST.artistId.eq(275L)).fetchOne())
                .isEqualTo("Edited While Live");
        waitFor(d -> !driver.findElements(By.cssSelector("#grid tbody tr[data-key='[\"9000\"]']")).isEmpty());
        assertThat(row("9000").findElement(By.cssSelector("td[data-column='Name']")).getText())
                .isEqualTo("Arrived Meanwhile");
        assertThat(row("275").findElement(By.cssSelector("td[data-column='Name']")).getText())
                .isEqualTo("Edited While Live");
        assertThat(text("#total")).isEqualTo((before + 1) + " rows");
        assertThat(driver.findElement(By.id("changed")).isDisplayed()).isFalse();
    }

    @Test
    void withTheCodesTablesAnEnumCellIsAChoiceOfItsConstantsAndTheChoiceIsStored() throws Exception {
        CodeTypedTable.create(db);
        db.sql("INSERT INTO studio_typed (id, mood, price, day, done) VALUES (1, 'CALM', 1.5, ?, ?)",
                java.time.LocalDate.of(2024, 1, 31), true).execute();
        try (Studio typed = Studio.start(db, StudioOptions.defaults().readOnly(false)
                .tables(List.of(CodeTypedTable.DEF)))) {
            driver.get(typed.url() + "#/t/studio_typed");
            waitFor(d -> text("#total").equals("1 rows"));

            new Actions(driver).doubleClick(row("1").findElement(By.cssSelector("td[data-column='mood']"))).perform();
            WebElement choice = driver.findElement(By.cssSelector("#grid td.editing select"));
            org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(choice);
            assertThat(select.getOptions()).extracting(WebElement::getText).containsExactly("CALM", "CROSS");
            select.selectByValue("CROSS");
            choice.sendKeys(Keys.ENTER);

            waitFor(d -> text("#message").equals("Saved mood."));
            assertThat(db.sql("SELECT mood FROM studio_typed WHERE id = 1").fetch(r -> r.get(0, CodeTypedTable.MOOD)))
                    .containsExactly(Mood.CROSS);
            waitFor(d -> row("1").findElement(By.cssSelector("td[data-column='mood']")).getText().equals("CROSS"));
        }
    }

    @Test
    void aReadOnlyStudioOffersNoEditingAndItsConsoleRunsReadsButNotWrites() throws Exception {
        try (Studio readOnly = Studio.start(db, StudioOptions.defaults().readOnly(true))) {
            driver.get(readOnly.url() + "#/t/MediaType");
            waitFor(d -> text("#total").equals("5 rows"));
            assertThat(text("#mode")).isEqualTo("read-only");
            waitFor(d -> driver.findElement(By.id("live")).getAttribute("class").contains("on"));
            // on a server a read-only Studio installs no trigger: the grid is re-read, and the header says so
            assertThat(text("#live")).isEqualTo(target().isServer() ? "live (polling every 1 s)" : "live");
            assertThat(driver.findElement(By.id("add-row")).isDisplayed()).isFalse();
            assertThat(driver.findElements(By.cssSelector(".delete-row"))).isEmpty();
            new Actions(driver).doubleClick(row("1").findElement(By.cssSelector("td[data-column='Name']")))
                    .perform();
            assertThat(driver.findElements(By.cssSelector("#grid td.editing"))).isEmpty();

            driver.get(readOnly.url() + "#/console");
            WebElement sql = waitFor(d -> driver.findElement(By.id("sql")).isDisplayed()
                    ? driver.findElement(By.id("sql")) : null);
            sql.clear();
            sql.sendKeys("SELECT count(*) AS tracks FROM " + db.quote("Track"));
            click("#run-sql");
            waitFor(d -> !driver.findElements(By.cssSelector("#console-grid tbody td")).isEmpty());
            assertThat(text("#console-grid tbody td")).isEqualTo("3503");
            screenshot("console");

            sql.clear();
            sql.sendKeys("DELETE FROM " + db.quote("PlaylistTrack"));
            click("#run-sql");
            waitFor(d -> driver.findElement(By.id("message")).getAttribute("class").equals("error"));
            assertThat(text("#message")).isNotBlank();
            assertThat(db.sql("SELECT count(*) FROM " + db.quote("PlaylistTrack")).fetch(r -> r.getLong(0)))
                    .containsExactly(8715L);

            driver.get(readOnly.url() + "#/schema/Track");
            waitFor(d -> !driver.findElements(By.cssSelector("#schema-view tr[data-column='AlbumId']")).isEmpty());
            assertThat(text("#schema-view tr[data-column='AlbumId']")).contains("Album(AlbumId)");
            screenshot("schema");
        }
    }

    @Test
    void aFileChosenForABinaryCellIsStoredAndShownAsItsSize() throws Exception {
        TableDef doc = TableDef.builder("studio_file").column("id", DataType.LONG)
                .nullableColumn("body", DataType.BYTES).primaryKey("id").build();
        for (String ddl : db.platform().ddl().createTable(doc, true)) {
            db.sql(ddl).execute();
        }
        db.sql("INSERT INTO studio_file (id) VALUES (1)").execute();
        byte[] bytes = {'Q', 0, 'u', (byte) 0xfe, 'a'};
        Path file = Files.createTempFile("studio-upload-", ".bin");
        try {
            Files.write(file, bytes);
            open("#/t/studio_file");
            waitFor(d -> text("#total").equals("1 rows"));

            new Actions(driver).doubleClick(row("1").findElement(By.cssSelector("td[data-column='body']"))).perform();
            driver.findElement(By.cssSelector("#grid td.editing input[type='file']")).sendKeys(file.toString());

            waitFor(d -> text("#message").equals("Saved body."));
            assertThat(db.sql("SELECT body FROM studio_file WHERE id = 1").fetch(r -> r.get(0, DataType.BYTES)))
                    .containsExactly(bytes);
            waitFor(d -> row("1").findElement(By.cssSelector("td[data-column='body'] a.blob")).getText()
                    .startsWith("5 bytes · "));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A row inserted by someone else: a child JVM on SQLite, a plain JDBC connection on a server. */
    private void insertElsewhere(long id, String name) throws Exception {
        if (target() == TestTarget.SQLITE) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ExternalInsert.class.getName(),
                    chinook.scope().url(), String.valueOf(id), name).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                StringBuilder all = new StringBuilder();
                while ((line = out.readLine()) != null && !line.equals("committed")) {
                    all.append(line).append('\n');
                }
                assertThat(line).as("the child JVM's output: " + all).isEqualTo("committed");
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return;
        }
        try (Connection c = chinook.scope().jdbc();
             PreparedStatement p = c.prepareStatement("INSERT INTO " + db.quote("Artist") + " ("
                     + db.quote("ArtistId") + ", " + db.quote("Name") + ") VALUES (?, ?)")) {
            c.setAutoCommit(true);
            p.setLong(1, id);
            p.setString(2, name);
            p.executeUpdate();
        }
    }

    /** The docs' images come from the SQLite run (docs/studio.md), when asked for. */
    private void screenshot(String name) throws java.io.IOException {
        if (target() == TestTarget.SQLITE) {
            browser.screenshot(name);
        }
    }

    private void open(String hash) {
        driver.get(studio.url() + hash);
    }

    private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return browser.waitUpTo(PAGE).ignoring(StaleElementReferenceException.class).until(condition);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    private void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector(css))).selectByValue(value);
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#grid tbody tr"));
    }

    private WebElement row(String key) {
        return driver.findElement(By.cssSelector("#grid tbody tr[data-key='[\"" + key + "\"]']"));
    }

    private String cell(int row, String column) {
        return rows().get(row).findElement(By.cssSelector("td[data-column='" + column + "']")).getText();
    }
}
