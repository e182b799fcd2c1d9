package io.idgraph.enrich;

import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds lookup columns to header positions: the caller's mapping when given (a missing column is an
 * error listing the header), otherwise guessed from header names and a sample of the values.
 */
public final class ColumnGuesser {
  private static final Pattern HASH_WORDS = Pattern.compile("(md5|sha1|sha256|sha2|hashed|hash)");
  private static final Pattern EMAIL =
      Pattern.compile(
          "(e?mail(addr(ess)?)?|(primary|work|home|personal|business|contact|secondary|alt)?email(address)?)\\d*");
  private static final Pattern PHONE =
      Pattern.compile(
          "((home|work|mobile|cell|primary|contact|business|alt|secondary)?(phone|telephone)(number|no)?|mobile(number|phone)?|cell(number|phone)?|tel(no|number)?|msisdn)\\d*");
  private static final Pattern MAID =
      Pattern.compile(
          "(maid|idfa|gaid|aaid|adid|madid|advertisingid|mobileadid|deviceadid|adsid)s?\\d*");
  private static final Set<String> STREET =
      Set.of(
          "address",
          "address1",
          "addressline1",
          "fulladdress",
          "streetaddress",
          "street",
          "street1",
          "streetline1",
          "mailingaddress",
          "homeaddress",
          "postaladdress",
          "addr",
          "addr1",
          "line1",
          "streetaddress1");
  private static final Set<String> LINE2 =
      Set.of(
          "address2",
          "addressline2",
          "street2",
          "streetline2",
          "addr2",
          "line2",
          "apt",
          "unit",
          "suite",
          "apartment",
          "streetaddress2");
  private static final Set<String> CITY = Set.of("city", "town", "locality", "cityname");
  private static final Set<String> STATE =
      Set.of("state", "st", "province", "region", "stateprovince", "statecode", "stateabbr");
  private static final Set<String> ZIP =
      Set.of("zip", "zipcode", "zip5", "postalcode", "postcode", "postal", "zippostal", "zipcode5");

  private ColumnGuesser() {}

  /**
   * The bindings for a header: {@code lookups} bound by name when not empty, else guessed. Throws
   * an {@link IdgraphException} (invalid argument) when a named column is missing or nothing can be
   * guessed.
   */
  public static List<ColumnBinding> bind(
      List<String> header, List<LookupColumn> lookups, List<CsvRecord> sample) {
    if (!lookups.isEmpty()) {
      List<ColumnBinding> out = new ArrayList<>();
      for (LookupColumn lookup : lookups) {
        out.addAll(bindNamed(header, lookup, sample));
      }
      return out;
    }
    List<ColumnBinding> guessed = guess(header, sample);
    if (guessed.isEmpty()) {
      throw IdgraphException.invalid(
          "no identifier column found in the csv header; name one with --email-column,"
              + " --phone-column, --address-column or --maid-column (columns: "
              + String.join(", ", header)
              + ")");
    }
    return guessed;
  }

  private static List<ColumnBinding> bindNamed(
      List<String> header, LookupColumn lookup, List<CsvRecord> sample) {
    int[] indexes = new int[lookup.columns().size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = indexOf(header, lookup.columns().get(i));
      if (indexes[i] < 0) {
        throw new IdgraphException(
            ErrorCode.INVALID_ARGUMENT,
            "column '"
                + lookup.columns().get(i)
                + "' given for "
                + lookup.type().wireName()
                + " is not in the csv header; the columns are: "
                + String.join(", ", header));
      }
    }
    if (lookup.type() == IdType.ADDRESS) {
      if (lookup.hash() != null && lookup.hash().isHashed()) {
        throw IdgraphException.invalid("address columns must be plaintext; drop the address hash");
      }
      return List.of(binding(IdType.ADDRESS, HashType.PLAINTEXT, header, indexes, false));
    }
    List<ColumnBinding> out = new ArrayList<>();
    for (int index : indexes) {
      HashType hash = lookup.hash();
      boolean guessed = hash == null;
      if (hash == null) {
        hash = lookup.type() == IdType.MAID ? null : HashSniffer.fromValues(values(sample, index));
        hash = hash == null ? HashType.PLAINTEXT : hash;
        guessed = hash.isHashed();
      }
      out.add(binding(lookup.type(), hash, header, new int[] {index}, guessed));
    }
    return out;
  }

  /** The exact name, else the same name ignoring case and surrounding spaces; -1 if absent. */
  static int indexOf(List<String> header, String name) {
    int exact = header.indexOf(name);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
        return i;
      }
    }
    return -1;
  }

  static List<ColumnBinding> guess(List<String> header, List<CsvRecord> sample) {
    List<ColumnBinding> out = new ArrayList<>();
    for (IdType type : List.of(IdType.EMAIL, IdType.PHONE)) {
      for (int i = 0; i < header.size(); i++) {
        ColumnBinding b = guessContact(type, header, i, sample);
        if (b != null) {
          out.add(b);
        }
      }
    }
    ColumnBinding address = guessAddress(header, sample);
    if (address != null) {
      out.add(address);
    }
    for (int i = 0; i < header.size(); i++) {
      String key = HashSniffer.key(header.get(i));
      String bare = HASH_WORDS.matcher(key).replaceAll("");
      if (MAID.matcher(bare).matches()) {
        HashType hash = HashSniffer.fromName(key);
        out.add(
            binding(
                IdType.MAID,
                hash == null ? HashType.PLAINTEXT : hash,
                header,
                new int[] {i},
                true));
      }
    }
    return out;
  }

  private static ColumnBinding guessContact(
      IdType type, List<String> header, int index, List<CsvRecord> sample) {
    String key = HashSniffer.key(header.get(index));
    String bare = HASH_WORDS.matcher(key).replaceAll("");
    Pattern names = type == IdType.EMAIL ? EMAIL : PHONE;
    if (!names.matcher(bare).matches()) {
      return null;
    }
    List<String> values = values(sample, index);
    HashType hash = HashSniffer.fromName(key);
    if (hash == null) {
      hash = HashSniffer.fromValues(values);
    }
    if (hash == null && bare.length() < key.length()) {
      hash = HashType.SHA256;
    }
    if (hash == null) {
      hash = HashType.PLAINTEXT;
      if (!mostlyLike(type, values)) {
        return null;
      }
    }
    return binding(type, hash, header, new int[] {index}, true);
  }

  private static ColumnBinding guessAddress(List<String> header, List<CsvRecord> sample) {
    int street = find(header, STREET);
    if (street < 0) {
      return null;
    }
    int city = find(header, CITY);
    int state = find(header, STATE);
    int zip = find(header, ZIP);
    boolean split =
        (city >= 0 || state >= 0 || zip >= 0) && !mostlyHaveCommas(values(sample, street));
    if (!split) {
      return binding(IdType.ADDRESS, HashType.PLAINTEXT, header, new int[] {street}, true);
    }
    List<Integer> parts = new ArrayList<>(List.of(street));
    int line2 = find(header, LINE2);
    for (int i : new int[] {line2, city, state, zip}) {
      if (i >= 0) {
        parts.add(i);
      }
    }
    int[] indexes = parts.stream().mapToInt(Integer::intValue).toArray();
    return binding(IdType.ADDRESS, HashType.PLAINTEXT, header, indexes, true);
  }

  private static int find(List<String> header, Set<String> keys) {
    for (int i = 0; i < header.size(); i++) {
      if (keys.contains(HashSniffer.key(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  /** True when no sample value is present, or at least half look like the type. */
  private static boolean mostlyLike(IdType type, List<String> values) {
    int seen = 0;
    int like = 0;
    for (String v : values) {
      if (v == null || v.isBlank()) {
        continue;
      }
      seen++;
      like += (type == IdType.EMAIL ? v.indexOf('@') > 0 : digits(v) >= 7) ? 1 : 0;
    }
    return seen == 0 || like * 2 >= seen;
  }

  private static boolean mostlyHaveCommas(List<String> values) {
    int seen = 0;
    int commas = 0;
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        seen++;
        commas += v.indexOf(',') >= 0 ? 1 : 0;
      }
    }
    return seen > 0 && commas * 2 >= seen;
  }

  private static int digits(String v) {
    int n = 0;
    for (int i = 0; i < v.length(); i++) {
      n += Character.isDigit(v.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  private static List<String> values(List<CsvRecord> sample, int index) {
    List<String> out = new ArrayList<>(sample.size());
    for (CsvRecord r : sample) {
      out.add(index < r.fields().size() ? r.fields().get(index) : null);
    }
    return out;
  }

  private static ColumnBinding binding(
      IdType type, HashType hash, List<String> header, int[] indexes, boolean guessed) {
    List<String> names = new ArrayList<>(indexes.length);
    for (int i : indexes) {
      names.add(header.get(i));
    }
    return new ColumnBinding(type, hash, names, indexes, guessed);
  }
}
