package io.idgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.Geo;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.PersonLineage;
import io.idgraph.graph.PersonRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link IdentityStore} engine must have. A subclass per engine says how to
 * open a writable store and a reader on a dir.
 */
public abstract class IdentityStoreContract {
  @TempDir protected Path dir;
  private final List<IdentityStore> opened = new ArrayList<>();

  /** Opens (creating if needed) a writable store in {@code dir}. */
  protected abstract IdentityStore newWritable(Path dir);

  /** Opens a reader on {@code dir} that sees new writes on its next read. */
  protected abstract IdentityStore newReader(Path dir);

  protected final IdentityStore writable() {
    return track(newWritable(dir));
  }

  protected final IdentityStore reader() {
    return track(newReader(dir));
  }

  private IdentityStore track(IdentityStore store) {
    opened.add(store);
    return store;
  }

  @AfterEach
  void closeAll() {
    opened.forEach(IdentityStore::close);
  }

  // ---- fixtures: keys and persons built by hand, independent of normalization

  protected static IndexKey plain(IdType type, String value) {
    return new IndexKey(type, HashType.PLAINTEXT, value.getBytes(StandardCharsets.UTF_8));
  }

  protected static IndexKey hashed(IdType type, HashType hash, String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance(hash.algorithm())
              .digest(value.getBytes(StandardCharsets.UTF_8));
      return new IndexKey(type, hash, digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  protected static PersonRecord record(long id, String first, String last) {
    return new PersonRecord(
        id, 0.8, "2024-05-01", first, last, List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  protected static PersonWrite write(PersonRecord person, IndexEntry... index) {
    return new PersonWrite(person, List.of(index), List.of());
  }

  protected static PersonWrite write(long id, IndexEntry... index) {
    return write(record(id, "first" + id, "last" + id), index);
  }

  protected static IndexEntry entry(IndexKey key, double quality) {
    return new IndexEntry(key, (float) quality);
  }

  protected static AddressEntry address(String matchKey, String... blocks) {
    return new AddressEntry(
        matchKey, "display of " + matchKey, new Geo(37.79, -122.4), List.of(blocks));
  }

  private static final IndexKey ANN_EMAIL = plain(IdType.EMAIL, "ann@example.com");
  private static final IndexKey ANN_PHONE = plain(IdType.PHONE, "14155550100");
  private static final IndexKey HOME = plain(IdType.ADDRESS, "Z|94105|12|main st");

  // ---- lookup

  @Test
  void lookup_plaintextAndHashedKeysFindThePerson() {
    IdentityStore store = writable();
    IndexKey sha = hashed(IdType.EMAIL, HashType.SHA256, "ann@example.com");
    IndexKey md5 = hashed(IdType.EMAIL, HashType.MD5, "ann@example.com");
    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.9), entry(sha, 0.8), entry(md5, 0.7))));

    List<List<Link>> found = store.lookup(List.of(md5, ANN_EMAIL, sha));

    assertThat(found)
        .containsExactly(
            List.of(new Link(1L, 0.7f)), List.of(new Link(1L, 0.9f)), List.of(new Link(1L, 0.8f)));
  }

  @Test
  void lookup_missGivesEmptyListInItsPlace() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.9))));

    List<List<Link>> found =
        store.lookup(List.of(plain(IdType.EMAIL, "nobody@example.com"), ANN_EMAIL));

    assertThat(found).containsExactly(List.of(), List.of(new Link(1L, 0.9f)));
  }

  @Test
  void lookup_sameBytesUnderAnotherTypeOrHashIsAMiss() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L, entry(plain(IdType.PHONE, "14155550100"), 0.9))));

    List<List<Link>> found =
        store.lookup(
            List.of(
                plain(IdType.MAID, "14155550100"),
                new IndexKey(
                    IdType.PHONE, HashType.MD5, "14155550100".getBytes(StandardCharsets.UTF_8))));

    assertThat(found).containsExactly(List.of(), List.of());
  }

  @Test
  void lookup_sharedKeyListsEveryPersonOnce() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L, entry(HOME, 0.7)), write(2L, entry(HOME, 0.6))));
    store.upsert(List.of(write(3L, entry(HOME, 0.5))));

    List<Link> links = store.lookup(List.of(HOME)).get(0);

    assertThat(links)
        .containsExactlyInAnyOrder(new Link(1L, 0.7f), new Link(2L, 0.6f), new Link(3L, 0.5f));
  }

  // ---- replace and delete

  @Test
  void upsert_replacedPersonLeavesDroppedKeysAndUpdatesKeptOnes() {
    IdentityStore store = writable();
    store.upsert(
        List.of(write(1L, entry(ANN_EMAIL, 0.9), entry(ANN_PHONE, 0.8), entry(HOME, 0.7))));
    store.upsert(List.of(write(2L, entry(HOME, 0.6))));
    IndexKey newEmail = plain(IdType.EMAIL, "ann@new.example.com");

    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.5), entry(newEmail, 0.95))));

    assertThat(store.lookup(List.of(ANN_EMAIL, ANN_PHONE, HOME, newEmail)))
        .containsExactly(
            List.of(new Link(1L, 0.5f)),
            List.of(),
            List.of(new Link(2L, 0.6f)),
            List.of(new Link(1L, 0.95f)));
    assertThat(store.keysOf(1L)).containsExactlyInAnyOrder(ANN_EMAIL, newEmail);
  }

  @Test
  void upsert_repeatedReloadsKeepOneLinkPerPerson() {
    IdentityStore store = writable();
    for (int round = 0; round < 5; round++) {
      float quality = 0.5f + round / 10f;
      store.upsert(List.of(write(1L, entry(HOME, quality)), write(2L, entry(HOME, 0.6))));
      store.upsert(List.of(write(3L, entry(HOME, 0.4))));
    }

    assertThat(store.lookup(List.of(HOME)).get(0))
        .containsExactlyInAnyOrder(new Link(1L, 0.9f), new Link(2L, 0.6f), new Link(3L, 0.4f));
  }

  @Test
  void upsert_batchMixingNewAndReplacedPersonsOnOneKey() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L, entry(HOME, 0.7))));

    store.upsert(List.of(write(2L, entry(HOME, 0.6)), write(1L, entry(HOME, 0.8))));

    assertThat(store.lookup(List.of(HOME)).get(0))
        .containsExactlyInAnyOrder(new Link(1L, 0.8f), new Link(2L, 0.6f));
  }

  @Test
  void upsert_samePersonTwiceInABatchKeepsTheLast() {
    IdentityStore store = writable();

    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.9)), write(1L, entry(ANN_PHONE, 0.8))));

    assertThat(store.lookup(List.of(ANN_EMAIL, ANN_PHONE)))
        .containsExactly(List.of(), List.of(new Link(1L, 0.8f)));
  }

  @Test
  void delete_removesThePersonAndItsLinks() {
    IdentityStore store = writable();
    store.upsert(
        List.of(write(1L, entry(ANN_EMAIL, 0.9), entry(HOME, 0.7)), write(2L, entry(HOME, 0.6))));

    assertThat(store.delete(1L)).isTrue();

    assertThat(store.lookup(List.of(ANN_EMAIL, HOME)))
        .containsExactly(List.of(), List.of(new Link(2L, 0.6f)));
    assertThat(store.persons(new long[] {1L, 2L}, Set.of()))
        .extracting(p -> p == null ? null : p.personId())
        .containsExactly(null, 2L);
    assertThat(store.keysOf(1L)).isEmpty();
  }

  @Test
  void delete_unknownPersonGivesFalse() {
    IdentityStore store = writable();

    assertThat(store.delete(42L)).isFalse();
  }

  // ---- person records

  @Test
  void persons_inRequestOrderWithNullForUnknown() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L), write(2L)));

    List<PersonRecord> found = store.persons(new long[] {2L, 99L, 1L}, Set.of());

    assertThat(found).hasSize(3);
    assertThat(found.get(0).firstName()).isEqualTo("first2");
    assertThat(found.get(1)).isNull();
    assertThat(found.get(2).lastName()).isEqualTo("last1");
  }

  @Test
  void persons_keepAttributeTypesAndOrder() {
    IdentityStore store = writable();
    Map<String, Object> demographic = new LinkedHashMap<>();
    demographic.put("gender", "F");
    demographic.put("age", 42L);
    demographic.put("income_score", 0.75);
    demographic.put("homeowner", true);
    demographic.put("renter", false);
    PersonRecord person =
        withAttributes(record(1L, "Ann", "Lee"), Map.of(Domain.DEMOGRAPHIC, demographic));
    store.upsert(List.of(write(person)));

    PersonRecord found = store.persons(new long[] {1L}, EnumSet.of(Domain.DEMOGRAPHIC)).get(0);

    Map<String, Object> back = found.attributes().get(Domain.DEMOGRAPHIC);
    assertThat(back).containsExactlyEntriesOf(demographic);
    assertThat(back.get("age")).isInstanceOf(Long.class);
    assertThat(back.get("income_score")).isInstanceOf(Double.class);
    assertThat(back.get("homeowner")).isInstanceOf(Boolean.class);
    assertThat(found.qualityScore()).isEqualTo(0.8);
    assertThat(found.lastModified()).isEqualTo("2024-05-01");
  }

  @Test
  void persons_fillOnlyTheRequestedDomains() {
    IdentityStore store = writable();
    Map<Domain, Map<String, Object>> attributes = new LinkedHashMap<>();
    attributes.put(Domain.DEMOGRAPHIC, Map.of("age", 42L));
    attributes.put(Domain.INTEREST, Map.of("golf", true));
    attributes.put(Domain.FINANCIAL, Map.of("credit_band", "B"));
    store.upsert(List.of(write(withAttributes(record(1L, "Ann", "Lee"), attributes))));

    PersonRecord found =
        store.persons(new long[] {1L}, EnumSet.of(Domain.INTEREST, Domain.FINANCIAL)).get(0);

    assertThat(found.attributes()).containsOnlyKeys(Domain.INTEREST, Domain.FINANCIAL);
    assertThat(found.attributes().get(Domain.FINANCIAL)).containsEntry("credit_band", "B");
    assertThat(found.firstName()).isEqualTo("Ann");
  }

  @Test
  void persons_keepContactsInOrderWithQualityAndGeo() {
    IdentityStore store = writable();
    Geo geo = new Geo(37.7897, -122.3942);
    PersonRecord person =
        new PersonRecord(
            1L,
            null,
            null,
            "Ann",
            null,
            List.of(Contact.of("ann@example.com", 0.9), Contact.of("a.lee@example.com", 0.6)),
            List.of(Contact.of("14155550100", 0.85)),
            List.of(new Contact("12 MAIN ST, SAN FRANCISCO, CA 94105", 0.7, geo)),
            List.of(Contact.of("6d92078a-8246-4ba4-ae5b-76104861e7dc", 0.9)),
            Map.of());
    store.upsert(List.of(write(person)));

    PersonRecord found = store.persons(new long[] {1L}, Set.of()).get(0);

    assertThat(found).isEqualTo(withAttributes(person, found.attributes()));
    assertThat(found.qualityScore()).isNull();
    assertThat(found.lastName()).isNull();
    assertThat(found.addresses().get(0).geo()).isEqualTo(geo);
    assertThat(found.emails().get(1).geo()).isNull();
  }

  protected static PersonRecord withAttributes(
      PersonRecord p, Map<Domain, Map<String, Object>> attributes) {
    return new PersonRecord(
        p.personId(),
        p.qualityScore(),
        p.lastModified(),
        p.firstName(),
        p.lastName(),
        p.emails(),
        p.phones(),
        p.addresses(),
        p.maids(),
        attributes);
  }

  // ---- addresses

  @Test
  void addresses_knownByMatchKeyUnknownAbsent() {
    IdentityStore store = writable();
    AddressEntry home = address("Z|94105|12|main st", "Z|94105|12", "S|CA|SAN FRANCISCO|12");
    store.upsert(
        List.of(
            new PersonWrite(record(1L, "Ann", "Lee"), List.of(entry(HOME, 0.7)), List.of(home))));

    Map<String, AddressEntry> found = store.addresses(List.of("Z|94105|12|main st", "Z|00000|1|x"));

    assertThat(found).containsOnlyKeys("Z|94105|12|main st");
    assertThat(found.get("Z|94105|12|main st")).isEqualTo(home);
  }

  @Test
  void addressBlock_scansOneBlockWithoutBleedingIntoLongerKeys() {
    IdentityStore store = writable();
    store.upsert(
        List.of(
            new PersonWrite(
                record(1L, "A", "A"),
                List.of(),
                List.of(address("Z|94105|12|main st", "Z|94105|12"))),
            new PersonWrite(
                record(2L, "B", "B"),
                List.of(),
                List.of(address("Z|94105|12|mission st", "Z|94105|12"))),
            new PersonWrite(
                record(3L, "C", "C"),
                List.of(),
                List.of(address("Z|94105|123|main st", "Z|94105|123"))),
            new PersonWrite(
                record(4L, "D", "D"),
                List.of(),
                List.of(address("Z|94105|1|main st", "Z|94105|1")))));

    assertThat(store.addressBlock("Z|94105|12", 10))
        .containsExactlyInAnyOrder("Z|94105|12|main st", "Z|94105|12|mission st");
    assertThat(store.addressBlock("Z|94105|123", 10)).containsExactly("Z|94105|123|main st");
    assertThat(store.addressBlock("Z|94105|12", 1)).hasSize(1);
    assertThat(store.addressBlock("Z|94105|9", 10)).isEmpty();
  }

  // ---- lifecycle, readers, stats

  @Test
  void reopen_afterCloseKeepsTheData() {
    IdentityStore store = newWritable(dir);
    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.9))));
    store.close();

    IdentityStore again = writable();

    assertThat(again.lookup(List.of(ANN_EMAIL)).get(0)).containsExactly(new Link(1L, 0.9f));
    assertThat(again.persons(new long[] {1L}, Set.of()).get(0).firstName()).isEqualTo("first1");
  }

  @Test
  void reader_seesTheDataWhileAWriterHoldsTheStore() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.9))));

    IdentityStore reader = reader();
    IdentityStore second = reader();

    assertThat(reader.lookup(List.of(ANN_EMAIL)).get(0)).containsExactly(new Link(1L, 0.9f));
    assertThat(second.persons(new long[] {1L}, Set.of()).get(0)).isNotNull();
  }

  @Test
  void reader_seesLaterWrites() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.9))));
    IdentityStore reader = reader();

    store.upsert(List.of(write(2L, entry(ANN_PHONE, 0.8))));
    store.delete(1L);

    assertThat(reader.lookup(List.of(ANN_EMAIL, ANN_PHONE)))
        .containsExactly(List.of(), List.of(new Link(2L, 0.8f)));
  }

  @Test
  void reader_ofAbsentStoreReadsEmpty() {
    IdentityStore reader = track(newReader(dir.resolve("never-loaded")));

    assertThat(reader.lookup(List.of(ANN_EMAIL)).get(0)).isEmpty();
    assertThat(reader.persons(new long[] {1L}, Set.of())).containsExactly((PersonRecord) null);
    assertThat(reader.stats().persons()).isZero();
  }

  @Test
  void reader_refusesWrites() {
    writable();
    IdentityStore reader = reader();

    assertThatThrownBy(() -> reader.upsert(List.of(write(1L))))
        .isInstanceOfSatisfying(
            IdgraphException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE));
  }

  @Test
  void openWritable_secondWriterGetsAClearError() {
    writable();

    assertThatThrownBy(() -> track(newWritable(dir)))
        .isInstanceOfSatisfying(
            IdgraphException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE))
        .hasMessageContaining("is in use by another idgraph process")
        .hasMessageContaining("use another --data dir");
  }

  @Test
  void stats_countPersonsAndKeysAndBytes() {
    IdentityStore store = writable();
    List<PersonWrite> batch = new ArrayList<>();
    for (long id = 1; id <= 50; id++) {
      batch.add(write(id, entry(plain(IdType.EMAIL, "p" + id + "@example.com"), 0.9)));
    }
    store.upsert(batch);

    StoreStats stats = store.stats();

    assertThat(stats.persons()).isBetween(40L, 60L);
    assertThat(stats.indexKeys()).isBetween(40L, 60L);
    assertThat(stats.bytesOnDisk()).isPositive();
  }

  // ---- lineage

  @Test
  void lineage_roundTripsAndAReaderSeesIt() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.9))));
    PersonLineage built =
        new PersonLineage(
            null,
            List.of("crm:C1", "shop:O7"),
            Map.of("email:ann@example.com", List.of("shop:O7"), "first_name", List.of("crm:C1")));
    store.putLineage(Map.of(1L, built, 2L, PersonLineage.merged(1L)));
    IdentityStore reader = reader();

    assertThat(reader.lineage(new long[] {2L, 1L, 3L}))
        .containsExactly(PersonLineage.merged(1L), built, null);
  }

  @Test
  void delete_removesLineageWithOrWithoutAPerson() {
    IdentityStore store = writable();
    store.upsert(List.of(write(1L, entry(ANN_EMAIL, 0.9))));
    store.putLineage(
        Map.of(
            1L,
            new PersonLineage(null, List.of("crm:C1"), Map.of()),
            2L,
            PersonLineage.merged(1L)));

    assertThat(store.delete(1L)).isTrue();
    assertThat(store.delete(2L)).isFalse();

    assertThat(store.lineage(new long[] {1L, 2L})).containsExactly(null, null);
  }
}
