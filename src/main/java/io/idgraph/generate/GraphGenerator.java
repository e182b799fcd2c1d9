package io.idgraph.generate;

import io.idgraph.geo.ZipCentroids;
import io.idgraph.graph.DomainCatalog;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * Streams a realistic synthetic identity graph as JSON Lines in the graph-file format: households
 * of 1 to 5 persons sharing an address and last name, 1 to 3 emails (Gmail variants included),
 * phones with real area codes, addresses at real ZIPs, mobile ad ids, and correlated attributes in
 * every non-contact domain of the catalog.
 *
 * <p>Deterministic: the same seed and person count give byte-identical output (no wall-clock time;
 * names come from Datafaker pools drawn once from the seed). Memory stays flat at any count: only
 * the current household is held. Not thread-safe; one instance writes one file at a time.
 */
public final class GraphGenerator {
  /** How often {@code progress} hears the running person count. */
  public static final int PROGRESS_EVERY = 10_000;

  private static final long FIRST_MODIFIED = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST_MODIFIED = Instant.parse("2025-12-31T23:59:59Z").getEpochSecond();
  private static final int FLUSH_AT = 1 << 16;
  private static final double SPARSE_SHARE = 0.1;

  private final long seed;
  private final Pools pools;

  /** A generator for {@code seed}; draws its name pools now (about a second). */
  public GraphGenerator(long seed) {
    this.seed = seed;
    this.pools = new Pools(seed);
  }

  /**
   * Writes {@code persons} lines to {@code out}, person ids 1 to {@code persons}, and calls {@code
   * progress} with the count written every {@link #PROGRESS_EVERY} persons and at the end. Does not
   * close {@code out}; flushes it at the end.
   */
  public GenerateSummary write(long persons, Writer out, LongConsumer progress) throws IOException {
    if (persons < 0) {
      throw new IllegalArgumentException("persons must be zero or more, got " + persons);
    }
    Run run = new Run(new SplittableRandom(seed), out);
    for (long id = 1; id <= persons; ) {
      id = run.household(id, persons, progress);
    }
    run.flush();
    out.flush();
    if (persons % PROGRESS_EVERY != 0) {
      progress.accept(persons);
    }
    return run.summary();
  }

  /** The state of one write: random stream, sections, the reused household and buffer. */
  private final class Run {
    private final SplittableRandom rnd;
    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 8192);
    private char[] chunk = new char[FLUSH_AT + 8192];
    private final HouseholdPlanner planner;
    private final ContactSection contacts;
    private final ProfileSection profile;
    private final BehaviorSection behavior;
    private final Household household = new Household();
    private final Traits traits = new Traits();
    private long households;
    private long emails;
    private long phones;
    private long addresses;
    private long maids;
    private long sparse;
    private long chars;

    Run(SplittableRandom rnd, Writer out) {
      this.rnd = rnd;
      this.out = out;
      ZipCentroids zips = ZipCentroids.shared();
      Vocabulary vocabulary = new Vocabulary(DomainCatalog.shared());
      planner = new HouseholdPlanner(rnd, pools, zips);
      contacts = new ContactSection(rnd, pools, zips, planner);
      profile = new ProfileSection(rnd, vocabulary);
      behavior = new BehaviorSection(rnd, vocabulary);
    }

    /** Writes one household starting at person {@code id}; returns the next id. */
    long household(long id, long last, LongConsumer progress) throws IOException {
      planner.plan(household, last - id + 1);
      contacts.planHousehold(household);
      households++;
      for (int member = 0; member < household.size; member++, id++) {
        person(id, member);
        if (buffer.length() >= FLUSH_AT) {
          flush();
        }
        if (id % PROGRESS_EVERY == 0) {
          progress.accept(id);
        }
      }
      return id;
    }

    private void person(long id, int member) {
      Traits t = traits;
      t.personId = id;
      planner.planPerson(household, member, t);
      t.sparse = Draw.chance(rnd, SPARSE_SHARE);
      JsonGenerator json = JsonLine.into(buffer);
      json.writeStartObject().writeNumberProperty("person_id", id);
      double quality = t.sparse ? Draw.between(rnd, 0.3, 0.7) : Draw.between(rnd, 0.6, 0.99);
      JsonLine.decimalProperty(json, "quality_score", quality, 2);
      long modified = FIRST_MODIFIED + (long) (rnd.nextDouble() * (LAST_MODIFIED - FIRST_MODIFIED));
      json.writeStringProperty("last_modified", Timestamps.isoSeconds(modified));
      contacts.write(json, household, t);
      attributes(new AttributeWriter(json), t);
      json.writeEndObject().close();
      buffer.append('\n');
      count(t);
    }

    /** Every non-contact domain, in the catalog's (alphabetical) order. */
    private void attributes(AttributeWriter w, Traits t) {
      Household h = household;
      boolean investor = !t.sparse && profile.investor(h, t);
      behavior.affinity(w, h, t);
      behavior.content(w, h, t);
      profile.demographic(w, h, t);
      profile.employment(w, h, t);
      profile.financial(w, h, t, investor);
      profile.household(w, h, t);
      profile.id(w, t);
      behavior.intentCategory(w, h, t);
      behavior.intentTopic(w, h, t);
      behavior.interest(w, h, t);
      behavior.lifestyle(w, h, t, investor);
      profile.political(w, h, t);
      behavior.purchase(w, h, t);
      w.finish();
    }

    private void count(Traits t) {
      emails += t.emails;
      phones += t.phones;
      addresses += t.addresses;
      maids += t.maids;
      sparse += t.sparse ? 1 : 0;
    }

    void flush() throws IOException {
      int length = buffer.length();
      if (chunk.length < length) {
        chunk = new char[length];
      }
      buffer.getChars(0, length, chunk, 0);
      out.write(chunk, 0, length);
      chars += length;
      buffer.setLength(0);
    }

    GenerateSummary summary() {
      long persons = traits.personId;
      return new GenerateSummary(
          persons, households, emails, phones, addresses, maids, sparse, chars);
    }
  }
}
