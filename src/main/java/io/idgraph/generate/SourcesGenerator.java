package io.idgraph.generate;

import io.idgraph.csv.CsvWriter;
import io.idgraph.geo.ZipCentroids;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Writes the same synthetic people as three exports a business holds (PRODUCT.md section 11): a CRM
 * ({@code crm.csv}: split name and address columns, a phone that may be the household's landline),
 * a shop's orders ({@code shop.csv}: one row per order, full name and address in one column,
 * sometimes another email with the mobile phone, typos in names) and a newsletter list ({@code
 * list.csv}: email, first name, a mobile ad id). {@code truth.csv} says which records are one
 * person. Deterministic for a seed.
 */
public final class SourcesGenerator {
  private static final String[] AGE_RANGES = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
  private static final double IN_CRM = 0.6;
  private static final double IN_SHOP = 0.5;
  private static final double IN_LIST = 0.45;

  /** What was written. */
  public record Summary(long persons, long crm, long shop, long list) {}

  private final long seed;

  public SourcesGenerator(long seed) {
    this.seed = seed;
  }

  public Summary write(Path dir, long persons, LongConsumer progress) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom rnd = new SplittableRandom(seed);
    Pools pools = new Pools(seed);
    HouseholdPlanner planner = new HouseholdPlanner(rnd, pools, ZipCentroids.shared());
    Set<String> usedEmails = new HashSet<>();
    long[] counts = new long[3];
    try (SourceWriters out = new SourceWriters(dir)) {
      long done = 0;
      while (done < persons) {
        Household h = new Household();
        planner.plan(h, persons - done);
        h.landline = h.size > 1 && Draw.chance(rnd, 0.5) ? PhoneStyle.number(rnd, h.state) : null;
        List<SourcePerson> members = members(rnd, pools, h, done, usedEmails);
        for (SourcePerson p : members) {
          writeRecords(rnd, p, out, counts);
        }
        done += members.size();
        progress.accept(done);
      }
    }
    return new Summary(persons, counts[0], counts[1], counts[2]);
  }

  private static List<SourcePerson> members(
      SplittableRandom rnd, Pools pools, Household h, long firstIndex, Set<String> usedEmails) {
    List<SourcePerson> out = new ArrayList<>();
    Set<Character> initials = new HashSet<>();
    String address = null;
    for (int m = 0; m < h.size; m++) {
      SourcePerson p = new SourcePerson();
      p.index = (int) (firstIndex + m);
      p.household = h;
      p.female = m == 1 ? !out.get(0).female : rnd.nextBoolean();
      do {
        p.first = Draw.pick(rnd, p.female ? pools.femaleFirstNames : pools.maleFirstNames);
      } while (!initials.add(Character.toUpperCase(p.first.charAt(0))));
      p.last = h.lastName;
      p.birthYear = 1950 + rnd.nextInt(56);
      p.ageRange = AGE_RANGES[Math.min(5, Math.max(0, (2025 - p.birthYear - 18) / 10))];
      p.gender = p.female ? "Female" : "Male";
      p.email = uniqueEmail(rnd, p, usedEmails);
      p.altEmail = Draw.chance(rnd, 0.3) ? uniqueEmail(rnd, p, usedEmails) : null;
      p.mobile = PhoneStyle.number(rnd, h.state);
      p.landline = h.landline;
      p.maid = Draw.chance(rnd, 0.4) ? new UUID(rnd.nextLong(), rnd.nextLong()).toString() : null;
      address = address == null ? AddressStyle.format(rnd, h) : address;
      p.address = address;
      out.add(p);
    }
    return out;
  }

  private static String uniqueEmail(SplittableRandom rnd, SourcePerson p, Set<String> used) {
    while (true) {
      String local = EmailStyle.localPart(rnd, p.first, p.last, p.birthYear);
      String domain = EmailStyle.provider(rnd, null);
      String canonical = (local.replace(".", "") + "@" + domain).toLowerCase(Locale.ROOT);
      if (used.add(canonical)) {
        return local + "@" + domain;
      }
    }
  }

  private static void writeRecords(
      SplittableRandom rnd, SourcePerson p, SourceWriters out, long[] counts) {
    boolean crm = Draw.chance(rnd, IN_CRM);
    boolean shop = Draw.chance(rnd, IN_SHOP);
    boolean list = Draw.chance(rnd, IN_LIST);
    if (!crm && !shop && !list) {
      crm = true;
    }
    if (crm) {
      out.crm(rnd, p);
      counts[0]++;
    }
    if (shop) {
      int orders = 1 + (Draw.chance(rnd, 0.3) ? rnd.nextInt(3) : 0);
      for (int i = 0; i < orders; i++) {
        out.shop(rnd, p);
        counts[1]++;
      }
    }
    if (list) {
      out.list(rnd, p);
      counts[2]++;
    }
  }

  /** The three export files and the truth, with their headers. */
  private static final class SourceWriters implements AutoCloseable {
    private final List<Writer> files = new ArrayList<>();
    private final CsvWriter crm;
    private final CsvWriter shop;
    private final CsvWriter list;
    private final CsvWriter truth;

    private long crmIds = 1000;

    private long orderIds = 500_000;
    private long subscriberIds = 1;

    SourceWriters(Path dir) throws IOException {
      crm =
          open(
              dir.resolve("crm.csv"),
              "Customer ID",
              "First Name",
              "Last Name",
              "Email",
              "Phone",
              "Street",
              "City",
              "State",
              "Zip",
              "Last Updated",
              "age_range",
              "gender");
      shop =
          open(
              dir.resolve("shop.csv"),
              "order_id",
              "customer_name",
              "email_address",
              "phone_number",
              "shipping_address",
              "order_date");
      list =
          open(
              dir.resolve("list.csv"),
              "subscriber_id",
              "email",
              "first_name",
              "maid",
              "signup_date");
      truth = open(dir.resolve("truth.csv"), "source", "record_id", "person");
    }

    private CsvWriter open(Path file, String... header) throws IOException {
      Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      files.add(w);
      CsvWriter csv = new CsvWriter(w);
      csv.record(List.of(header));
      return csv;
    }

    void crm(SplittableRandom rnd, SourcePerson p) {
      String id = "C" + crmIds++;
      Household h = p.household;
      String phone = p.landline != null && Draw.chance(rnd, 0.6) ? p.landline : p.mobile;
      String street = AddressStyle.streetLine(rnd, h);
      crm.record(
          List.of(
              id,
              p.first,
              p.last,
              Draw.chance(rnd, 0.99) ? written(rnd, p.email) : "",
              PhoneStyle.written(rnd, phone),
              street,
              h.city,
              h.state,
              Draw.chance(rnd, 0.5) ? h.zip : h.zip + "-" + h.zip4,
              date(rnd, 2023),
              p.ageRange,
              p.gender));
      truth.record(List.of("crm", id, Integer.toString(p.index)));
    }

    void shop(SplittableRandom rnd, SourcePerson p) {
      String id = "O" + orderIds++;
      boolean alt = p.altEmail != null && Draw.chance(rnd, 0.1);
      String email = alt ? p.altEmail : p.email;
      String phone = alt || Draw.chance(rnd, 0.8) ? PhoneStyle.written(rnd, p.mobile) : "";
      String name = typo(rnd, p.first) + " " + p.last;
      shop.record(
          List.of(
              id,
              Draw.chance(rnd, 0.1) ? name.toUpperCase(Locale.ROOT) : name,
              written(rnd, email),
              phone,
              Draw.chance(rnd, 0.9) ? p.address : "",
              date(rnd, 2024)));
      truth.record(List.of("shop", id, Integer.toString(p.index)));
    }

    void list(SplittableRandom rnd, SourcePerson p) {
      String id = "S" + subscriberIds++;
      list.record(
          List.of(
              id,
              written(rnd, p.email),
              Draw.chance(rnd, 0.7) ? p.first : "",
              p.maid == null ? "" : p.maid,
              date(rnd, 2022)));
      truth.record(List.of("list", id, Integer.toString(p.index)));
    }

    private static String written(SplittableRandom rnd, String email) {
      int at = email.indexOf('@');
      return EmailStyle.written(rnd, email.substring(0, at), email.substring(at + 1));
    }

    /** A typo in one name of twenty: two letters swapped or one dropped. */
    private static String typo(SplittableRandom rnd, String name) {
      if (name.length() < 5 || !Draw.chance(rnd, 0.05)) {
        return name;
      }
      int i = 1 + rnd.nextInt(name.length() - 2);
      if (rnd.nextBoolean()) {
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
      }
      return name.substring(0, i) + name.substring(i + 1);
    }

    private static String date(SplittableRandom rnd, int fromYear) {
      return String.format(
          Locale.ROOT,
          "%d-%02d-%02d",
          fromYear + rnd.nextInt(2),
          1 + rnd.nextInt(12),
          1 + rnd.nextInt(28));
    }

    @Override
    public void close() throws IOException {
      for (CsvWriter w : List.of(crm, shop, list, truth)) {
        w.flush();
      }
      for (Writer w : files) {
        w.close();
      }
    }
  }
}
