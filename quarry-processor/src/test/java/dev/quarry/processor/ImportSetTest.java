package dev.quarry.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportSetTest {

    @Test
    void importsOtherPackagesAndNotTheOwnPackageOrJavaLang() {
        ImportSet imports = new ImportSet("shop", name -> false, "ArtistTable");
        assertThat(imports.ref(new TypeRef("shop", "Artist"))).isEqualTo("Artist");
        assertThat(imports.ref(new TypeRef("java.lang", "String"))).isEqualTo("String");
        assertThat(imports.ref(new TypeRef("dev.quarry.query", "Column"))).isEqualTo("Column");
        assertThat(imports.ref(new TypeRef("", "byte[]"))).isEqualTo("byte[]");
        assertThat(imports.imports()).containsExactly("dev.quarry.query.Column");
    }

    @Test
    void aSimpleNameTakenByTheRecordIsQualifiedForEveryOtherType() {
        ImportSet imports = new ImportSet("shop", name -> false, "RowTable");
        assertThat(imports.ref(new TypeRef("shop", "Row"))).isEqualTo("Row");
        assertThat(imports.ref(new TypeRef("dev.quarry.query", "Row"))).isEqualTo("dev.quarry.query.Row");
        assertThat(imports.imports()).isEmpty();
    }

    @Test
    void aNestedTypeImportsItsTopLevelType() {
        ImportSet imports = new ImportSet("shop", name -> false, "OrderTable");
        assertThat(imports.ref(new TypeRef("other", "Order.Status"))).isEqualTo("Order.Status");
        assertThat(imports.imports()).containsExactly("other.Order");
    }

    @Test
    void aPackageTypeThatHidesJavaLangMakesTheJavaLangTypeImported() {
        ImportSet imports = new ImportSet("shop", Set.of("String")::contains, "ArtistTable");
        assertThat(imports.ref(new TypeRef("java.lang", "String"))).isEqualTo("String");
        assertThat(imports.imports()).containsExactly("java.lang.String");
    }

    @Test
    void theGeneratedClassNameIsNeverImported() {
        ImportSet imports = new ImportSet("shop", name -> false, "ArtistTable");
        assertThat(imports.ref(new TypeRef("elsewhere", "ArtistTable"))).isEqualTo("elsewhere.ArtistTable");
    }
}
