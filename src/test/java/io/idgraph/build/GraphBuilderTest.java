package io.idgraph.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.PersonRecord;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.profile.PersonResult;
import io.idgraph.profile.Profile;
import io.idgraph.profile.ProfileService;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.IndexKeys;
import io.idgraph.store.Link;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphBuilderTest {
  private static final String CRM_HEADER = "Customer ID,First Name,Last Name,Email,Phone,Updated";
  private static final List<Domain> DOMAINS =
      List.of(Domain.EMAIL, Domain.PHONE, Domain.NAME, Domain.DEMOGRAPHIC, Domain.FINANCIAL);

  @TempDir Path dir;
  private IdentityStore store;
  private GraphBuilder builder;

  @BeforeEach
  void open() {
    store = IdentityStores.openWritable(dir.resolve("graph"));
    builder = new GraphBuilder(store, dir.resolve("build"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path file(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  private BuildSummary build(boolean snapshot, List<String> maps, GraphBuilder.Source... sources) {
    return builder.build(
        List.of(sources),
        new GraphBuilder.Options(snapshot, maps, dir.resolve("rejects.jsonl")),
        new GraphBuilder.Progress() {
          @Override
          public void phase(String name, long total) {}

          @Override
          public void update(long done) {}
        });
  }

  private BuildSummary build(GraphBuilder.Source... sources) {
    return build(false, List.of(), sources);
  }

  private static GraphBuilder.Source source(String name, Path... files) {
    return new GraphBuilder.Source(name, List.of(files));
  }

  /** The persons an email resolves to. */
  private Set<Long> personsOf(IdType type, String value) {
    var id = new IdentifierNormalizer().normalize(type, value).value();
    return store.lookup(List.of(IndexKeys.forLookup(HashType.PLAINTEXT, id))).get(0).stream()
        .map(Link::personId)
        .collect(Collectors.toSet());
  }

  private long personOf(IdType type, String value) {
    Set<Long> ids = personsOf(type, value);
    assertThat(ids).hasSize(1);
    return ids.iterator().next();
  }

  private Profile profile(long id) {
    PersonResult r = new ProfileService(store).getPersons(List.of(Long.toString(id)), DOMAINS);
    assertThat(r.profiles()).as("profile of " + id).hasSize(1);
    return r.profiles().get(0);
  }

  private String changes() throws IOException {
    StringWriter out = new StringWriter();
    new ChangeLog(dir.resolve("build")).copySince(Instant.EPOCH, out);
    return out.toString();
  }

  @Test
  void build_linksRecordsSharingIdentifiersTransitively() throws IOException {
    Path crm =
        file("crm.csv", CRM_HEADER, "C1,Jane,Smith,jane@example.com,(415) 555-0142,2024-01-01");
    Path shop =
        file("shop.csv", "order_id,name,email,phone", "O1,Jane Smith,js@shop.example,415.555.0142");
    Path list = file("list.csv", "email,first_name", "JS@Shop.Example,Jane");

    BuildSummary s = build(source("crm", crm), source("shop", shop), source("list", list));

    assertThat(s.persons()).isEqualTo(1);
    assertThat(s.linked()).isEqualTo(3);
    long id = personOf(IdType.EMAIL, "js@shop.example");
    Profile p = profile(id);
    assertThat(p.domains()).containsEntry("phone1", "4155550142");
    assertThat(p.domains().values()).contains("jane@example.com", "js@shop.example");
    assertThat(p.metadata().sources()).containsExactlyInAnyOrder("crm:C1", "shop:O1", "list:2");
    assertThat(p.metadata().provenance().get("phone1"))
        .containsExactlyInAnyOrder("crm:C1", "shop:O1");
  }

  @Test
  void build_familySharingAPhoneStaysApart() throws IOException {
    Path crm =
        file(
            "crm.csv",
            CRM_HEADER,
            "C1,Jane,Smith,jane@example.com,4155550142,2024-01-01",
            "C2,John,Smith,john@example.com,4155550142,2024-01-01",
            "C3,Jon,Smith,,4155550142,2024-01-01");

    BuildSummary s = build(source("crm", crm));

    assertThat(s.persons()).isEqualTo(2);
    assertThat(personsOf(IdType.PHONE, "4155550142")).hasSize(2);
    assertThat(personOf(IdType.EMAIL, "john@example.com"))
        .isNotEqualTo(personOf(IdType.EMAIL, "jane@example.com"));
  }

  @Test
  void build_identifierOfManyDifferentNamesLinksNoneAtLowerQuality() throws IOException {
    Path crm =
        file(
            "crm.csv",
            CRM_HEADER,
            "C1,Ann,Lee,info@acme.example,,2024-01-01",
            "C2,Bob,Ray,info@acme.example,,2024-01-01",
            "C3,Carl,Fox,info@acme.example,,2024-01-01",
            "C4,Ann,Lee,info@acme.example,,2024-01-01");

    BuildSummary s = build(source("crm", crm));

    assertThat(s.persons()).isEqualTo(4);
    assertThat(s.sharedIdentifiers()).isEqualTo(1);
    long any = personsOf(IdType.EMAIL, "info@acme.example").iterator().next();
    PersonRecord r = store.persons(new long[] {any}, Set.of()).get(0);
    assertThat(r.emails()).extracting(Contact::quality).containsExactly(0.45);
  }

  @Test
  void build_addressLinksOnlyWithTheSameName() throws IOException {
    Path crm =
        file(
            "crm.csv",
            "id,first_name,last_name,email,address,city,state,zip",
            "1,John,Smith,john@example.com,123 Main Street,San Francisco,CA,94105",
            "2,Mary,Smith,mary@example.com,123 Main St,San Francisco,CA,94105");
    Path shop =
        file(
            "shop.csv",
            "order_id,name,phone,shipping_address",
            "O1,JOHN SMITH,6505550199,\"123 MAIN ST, SAN FRANCISCO, California 94105-1234\"");

    BuildSummary s = build(source("crm", crm), source("shop", shop));

    assertThat(s.persons()).isEqualTo(2);
    assertThat(personOf(IdType.PHONE, "6505550199"))
        .isEqualTo(personOf(IdType.EMAIL, "john@example.com"))
        .isNotEqualTo(personOf(IdType.EMAIL, "mary@example.com"));
  }

  @Test
  void rebuild_keepsIdsAndChangesNothing() throws IOException {
    Path crm =
        file(
            "crm.csv",
            CRM_HEADER,
            "C1,Jane,Smith,jane@example.com,,2024-01-01",
            "C2,Bob,Jones,bob@example.com,,2024-01-01");
    build(source("crm", crm));
    long jane = personOf(IdType.EMAIL, "jane@example.com");
    long bob = personOf(IdType.EMAIL, "bob@example.com");

    BuildSummary again = build(source("crm", crm));

    assertThat(again.added() + again.updated() + again.merged() + again.removed()).isZero();
    assertThat(personOf(IdType.EMAIL, "jane@example.com")).isEqualTo(jane);
    assertThat(personOf(IdType.EMAIL, "bob@example.com")).isEqualTo(bob);
  }

  @Test
  void build_mergeKeepsTheLowerIdAndTheOtherAnswersWithMergedInto() throws IOException {
    Path crm = file("crm.csv", CRM_HEADER, "C1,Jane,Smith,jane@example.com,,2024-01-01");
    Path shop = file("shop.csv", "order_id,name,email,phone", "O1,Jane Smith,js@shop.example,");
    build(source("crm", crm), source("shop", shop));
    long first = personOf(IdType.EMAIL, "jane@example.com");
    long second = personOf(IdType.EMAIL, "js@shop.example");
    assertThat(first).isNotEqualTo(second);

    file("shop.csv", "order_id,name,email,phone", "O1,Jane Smith,js@shop.example,4155550142");
    file("crm2.csv", CRM_HEADER, "C1,Jane,Smith,jane@example.com,4155550142,2024-02-01");
    BuildSummary s = build(source("crm", dir.resolve("crm2.csv")), source("shop", shop));

    assertThat(s.merged()).isEqualTo(1);
    long survivor = Math.min(first, second);
    long gone = Math.max(first, second);
    assertThat(personOf(IdType.EMAIL, "js@shop.example")).isEqualTo(survivor);
    Profile merged = profile(gone);
    assertThat(merged.personId()).isEqualTo(Long.toString(gone));
    assertThat(merged.mergedInto()).isEqualTo(Long.toString(survivor));
    assertThat(merged.domains()).containsEntry("phone1", "4155550142");
    assertThat(changes())
        .contains(
            "\"change\":\"merged\",\"person_id\":\"" + gone + "\",\"merged_into\":\"" + survivor);
    Explainer explainer = new Explainer(dir.resolve("build"));
    assertThat(explainer.explain(survivor).mergedFrom()).containsExactly(Long.toString(gone));
    assertThatThrownBy(() -> explainer.explain(gone))
        .hasMessageContaining("was merged into " + survivor);
  }

  @Test
  void snapshot_removesMissingRecordsAndSplitsKeepTheIdOnTheLargerPart() throws IOException {
    Path crm =
        file(
            "crm.csv",
            CRM_HEADER,
            "C1,Jane,Smith,jane@example.com,4155550142,2024-01-01",
            "C2,Jane,Smith,jane@example.com,,2024-01-01",
            "C3,Jane,Smith,,4155550142,2024-01-01",
            "C4,Bob,Jones,bob@example.com,,2024-01-01");
    build(source("crm", crm));
    long jane = personOf(IdType.EMAIL, "jane@example.com");
    long bob = personOf(IdType.EMAIL, "bob@example.com");
    assertThat(personOf(IdType.PHONE, "4155550142")).isEqualTo(jane);

    Path next =
        file(
            "crm-next.csv",
            CRM_HEADER,
            "C2,Jane,Smith,jane@example.com,,2024-01-01",
            "C3,Jane,Smith,,4155550142,2024-01-01");
    BuildSummary s = build(true, List.of(), source("crm", next));

    assertThat(s.dropped()).isEqualTo(2);
    assertThat(s.removed()).isEqualTo(1);
    assertThat(s.split()).isEqualTo(1);
    assertThat(personOf(IdType.EMAIL, "jane@example.com")).isEqualTo(jane);
    assertThat(personOf(IdType.PHONE, "4155550142")).isNotEqualTo(jane);
    assertThat(personsOf(IdType.EMAIL, "bob@example.com")).isEmpty();
    assertThat(
            new ProfileService(store).getPersons(List.of(Long.toString(bob)), DOMAINS).notFound())
        .containsExactly(Long.toString(bob));
    assertThat(changes())
        .contains("\"change\":\"removed\",\"person_id\":\"" + bob + "\"")
        .contains("\"change\":\"split\",\"person_id\":\"" + jane + "\"");
  }

  @Test
  void build_withoutSnapshotKeepsRecordsMissingFromTheFiles() throws IOException {
    build(source("crm", file("a.csv", CRM_HEADER, "C1,Jane,Smith,jane@example.com,,2024-01-01")));
    BuildSummary s =
        build(source("crm", file("b.csv", CRM_HEADER, "C2,Bob,Jones,bob@example.com,,2024-01-01")));

    assertThat(s.kept()).isEqualTo(1);
    assertThat(s.persons()).isEqualTo(2);
    assertThat(personsOf(IdType.EMAIL, "jane@example.com")).hasSize(1);
  }

  @Test
  void build_theMostRecentRecordWinsAnAttribute() throws IOException {
    Path crm =
        file("crm.csv", "id,email,age_range,updated_at", "C1,jane@example.com,35-44,2023-05-01");
    Path shop =
        file(
            "shop.jsonl",
            "{\"order_id\": \"O1\", \"email\": \"jane@example.com\", \"age_range\": \"45-54\","
                + " \"order_date\": \"2025-01-02\", \"name\": {\"first_name\": \"Jane\"}}");

    build(source("crm", crm), source("shop", shop));

    Profile p = profile(personOf(IdType.EMAIL, "jane@example.com"));
    assertThat(p.domains()).containsEntry("age_range", "45-54").containsEntry("first_name", "Jane");
    assertThat(p.metadata().provenance().get("age_range")).containsExactly("shop:O1");
    assertThat(p.metadata().lastModified()).isEqualTo("2025-01-02T00:00:00Z");
  }

  @Test
  void build_readsJsonlPastTheHeaderSample() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < SourceFile.SAMPLE_ROWS + 50; i++) {
      lines.add("{\"id\": \"L" + i + "\", \"email\": [\"p" + i + "@example.com\"]}");
    }
    lines.add("not json");

    BuildSummary s = build(source("list", file("list.jsonl", lines.toArray(String[]::new))));

    assertThat(s.persons()).isEqualTo(SourceFile.SAMPLE_ROWS + 50);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(personsOf(IdType.EMAIL, "p149@example.com")).hasSize(1);
  }

  @Test
  void build_mapBindsColumnsToRecordIdsAndCatalogAttributes() throws IOException {
    Path crm = file("crm.csv", "Cust No,Mail,Income", "K-7,jane@example.com,$50K-$75K");

    build(
        false,
        List.of("Cust No=record_id", "Mail=email", "Income=financial.household_income_range"),
        source("crm", crm));

    Profile p = profile(personOf(IdType.EMAIL, "jane@example.com"));
    assertThat(p.domains()).containsEntry("household_income_range", "$50K-$75K");
    assertThat(p.metadata().sources()).containsExactly("crm:K-7");
  }

  @Test
  void build_rejectsRowsWithoutAUsableIdentifierAndSaysWhy() throws IOException {
    Path crm =
        file(
            "crm.csv",
            CRM_HEADER,
            "C1,Jane,Smith,not-an-email,,2024-01-01",
            "C2,Bob,Jones,bob@example.com,,2024-01-01");

    BuildSummary s = build(source("crm", crm));

    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.persons()).isEqualTo(1);
    assertThat(Files.readString(s.rejectsFile()))
        .contains("\"line\":2")
        .contains("email column 'Email'")
        .contains("no usable email, phone, address or maid");
  }

  @Test
  void build_badInputGivesClearErrors() throws IOException {
    Path noIds = file("x.csv", "a,b", "1,2");
    assertThatThrownBy(() -> build(source("crm", noIds)))
        .isInstanceOf(IdgraphException.class)
        .hasMessageContaining("no email, phone, address or maid column")
        .hasMessageContaining("--map");
    assertThatThrownBy(() -> source("crm shop", noIds))
        .hasMessageContaining("a source name must be");
    assertThatThrownBy(() -> build(false, List.of("Income=financial.nope"), source("crm", noIds)))
        .hasMessageContaining("--map target 'financial.nope'");
    assertThatThrownBy(() -> build(false, List.of("Mial=email"), source("crm", noIds)))
        .hasMessageContaining("--map names column 'Mial', which none of the files has")
        .hasMessageContaining("a, b");
  }

  @Test
  void explain_listsRecordsAndWhatJoinedThem() throws IOException {
    Path crm = file("crm.csv", CRM_HEADER, "C1,Jane,Smith,jane@example.com,4155550142,2024-01-01");
    Path shop =
        file("shop.csv", "order_id,name,email,phone", "O1,Jane Smith,js@shop.example,4155550142");
    build(source("crm", crm), source("shop", shop));

    Explainer.Explanation e =
        new Explainer(dir.resolve("build")).explain(personOf(IdType.EMAIL, "jane@example.com"));

    assertThat(e.records()).extracting(Explainer.RecordView::recordId).containsExactly("C1", "O1");
    assertThat(e.joinedBy())
        .containsExactly(
            new Explainer.LinkView(
                "phone:4155550142", new ArrayList<>(List.of("crm:C1", "shop:O1"))));
  }
}
