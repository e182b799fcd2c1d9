package io.idgraph.export;

import io.idgraph.graph.IdType;
import io.idgraph.resolve.AddressMatch;
import io.idgraph.resolve.Identity;
import io.idgraph.resolve.Match;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV columns of a resolve_identities export, documented in docs/exports.md: person_id,
 * overall_quality_score, matched_criteria ({@code criterion_type:value} joined by {@code |}),
 * match_scores (in the same order, joined by {@code |}), one column per requested identifier type
 * (values joined by {@code |}), and, when addresses were submitted, the best address match.
 *
 * @param identifierTypes the identifier types returned under identifiers, in request order
 * @param address true when the request held addresses (adds the matched_address columns)
 */
public record IdentityColumns(List<IdType> identifierTypes, boolean address)
    implements Columns<Identity> {
  static final String SEPARATOR = "|";
  private static final List<String> FIRST_COLUMNS =
      List.of("person_id", "overall_quality_score", "matched_criteria", "match_scores");
  private static final List<String> ADDRESS_COLUMNS =
      List.of(
          "matched_address", "matched_latitude", "matched_longitude", "matched_distance_meters");

  public IdentityColumns {
    identifierTypes = List.copyOf(identifierTypes);
  }

  @Override
  public List<String> header() {
    List<String> names = new ArrayList<>(columnCount());
    names.addAll(FIRST_COLUMNS);
    identifierTypes.forEach(t -> names.add(t.wireName()));
    if (address) {
      names.addAll(ADDRESS_COLUMNS);
    }
    return List.copyOf(names);
  }

  private int columnCount() {
    return FIRST_COLUMNS.size() + identifierTypes.size() + (address ? ADDRESS_COLUMNS.size() : 0);
  }

  @Override
  public List<String> fields(Identity identity) {
    List<String> fields = new ArrayList<>(columnCount());
    fields.add(Long.toString(identity.personId()));
    fields.add(CsvLine.number(identity.overallQualityScore()));
    StringBuilder criteria = new StringBuilder(96);
    StringBuilder scores = new StringBuilder(32);
    for (Match match : identity.matches()) {
      if (!criteria.isEmpty()) {
        criteria.append(SEPARATOR);
        scores.append(SEPARATOR);
      }
      criteria.append(match.criterionType()).append(':').append(escape(match.criterionValue()));
      scores.append(CsvLine.number(match.qualityScore()));
    }
    fields.add(criteria.toString());
    fields.add(scores.toString());
    for (IdType type : identifierTypes) {
      List<String> values = identity.identifiers().get(type.wireName());
      fields.add(values == null ? "" : joined(values));
    }
    if (address) {
      addAddress(fields, identity.address());
    }
    return fields;
  }

  private static void addAddress(List<String> fields, AddressMatch match) {
    if (match == null) {
      ADDRESS_COLUMNS.forEach(c -> fields.add(""));
      return;
    }
    fields.add(match.normalizedAddress());
    fields.add(match.latitude() == null ? "" : CsvLine.number(match.latitude()));
    fields.add(match.longitude() == null ? "" : CsvLine.number(match.longitude()));
    fields.add(match.distanceMeters() == null ? "" : CsvLine.number(match.distanceMeters()));
  }

  private static String joined(List<String> values) {
    if (values.size() == 1) {
      return escape(values.get(0));
    }
    StringBuilder out = new StringBuilder(64);
    for (String value : values) {
      if (!out.isEmpty()) {
        out.append(SEPARATOR);
      }
      out.append(escape(value));
    }
    return out.toString();
  }

  /** A backslash or a {@code |} inside a value is preceded by a backslash. */
  static String escape(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf('|') < 0 && value.indexOf('\\') < 0) {
      return value;
    }
    return value.replace("\\", "\\\\").replace("|", "\\|");
  }
}
