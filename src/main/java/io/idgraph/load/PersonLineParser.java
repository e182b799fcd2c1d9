package io.idgraph.load;

import io.idgraph.graph.Domain;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonIds;
import io.idgraph.graph.PersonRecord;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.privacy.Suppression;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Parses one line of a graph file (PRODUCT.md section 2) into a person to store. A line-level
 * problem (bad JSON, no person_id, a score out of range, an unknown domain) rejects the line; a bad
 * identifier or attribute rejects only itself. A suppressed person id rejects the line, as does a
 * person whose every identifier is suppressed (reason {@code suppressed}, the text not kept). Never
 * throws for bad input.
 */
final class PersonLineParser {
  private final IdentifiersParser identifiers;
  private final Suppression suppression;

  PersonLineParser(IdentifierNormalizer normalizer, Suppression suppression) {
    this.identifiers = new IdentifiersParser(normalizer, suppression);
    this.suppression = suppression;
  }

  ParsedPerson parse(long lineNumber, String line) {
    List<String> rejects = new ArrayList<>(0);
    try {
      StreamedLine read = StreamedLine.read(line);
      if (read == null) {
        return rejected(lineNumber, "line is not a JSON object", line);
      }
      JsonNode root = read.fields();
      long personId = personId(root.get("person_id"));
      if (suppression.isSuppressedPerson(personId)) {
        return suppressed(lineNumber);
      }
      Double quality = LineFields.score(root.get("quality_score"), "quality_score");
      String lastModified = lastModified(root.get("last_modified"));
      JsonNode name = root.get("name");
      Map<Domain, Map<String, Object>> attributes = attributes(read.attributes(), rejects);
      PersonIdentifiers ids = identifiers.parse(root, rejects);
      if (ids.anySuppressed() && ids.isEmpty()) {
        return suppressed(lineNumber); // a person left with no identifier is not created
      }
      PersonRecord record =
          new PersonRecord(
              personId,
              quality,
              lastModified,
              LineFields.text(name, "first_name"),
              LineFields.text(name, "last_name"),
              ids.contacts(IdType.EMAIL),
              ids.contacts(IdType.PHONE),
              ids.contacts(IdType.ADDRESS),
              ids.contacts(IdType.MAID),
              attributes);
      // a suppressed identifier is not copied into the rejects file with its line
      String raw = rejects.isEmpty() || ids.anySuppressed() ? "" : line;
      return new ParsedPerson(lineNumber, ids.toWrite(record), rejects, raw);
    } catch (LineRejectedException e) {
      return rejected(lineNumber, e.getMessage(), line);
    } catch (JacksonException e) {
      return rejected(lineNumber, "invalid JSON: " + LineFields.describe(e), line);
    }
  }

  /** A line of a deleted person: rejected, and its text not kept anywhere. */
  private static ParsedPerson suppressed(long lineNumber) {
    return new ParsedPerson(lineNumber, null, List.of(Suppression.REASON), "");
  }

  private static ParsedPerson rejected(long lineNumber, String reason, String line) {
    return new ParsedPerson(lineNumber, null, List.of(reason), line);
  }

  private static long personId(JsonNode node) {
    if (node == null || node.isNull()) {
      throw new LineRejectedException("person_id is missing; every line needs one");
    }
    if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0) {
      return node.asLong();
    }
    if (node.isString()) {
      Long id = PersonIds.parse(node.asString());
      if (id != null) {
        return id;
      }
    }
    throw new LineRejectedException("person_id must be a positive 64-bit integer");
  }

  private static String lastModified(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    String text = node.isString() ? node.asString() : "";
    if (!IsoTime.isValid(text)) {
      throw new LineRejectedException(
          "last_modified must be an ISO-8601 time such as 2025-01-15T10:30:00Z");
    }
    return text;
  }

  private static Map<Domain, Map<String, Object>> attributes(
      StreamedLine.Attributes node, List<String> rejects) {
    Map<Domain, Map<String, Object>> out = new EnumMap<>(Domain.class);
    if (node == null || node.kind() == StreamedLine.Attributes.Kind.NULL) {
      return out;
    }
    if (node.kind() == StreamedLine.Attributes.Kind.NOT_AN_OBJECT) {
      throw new LineRejectedException("attributes must be an object keyed by domain");
    }
    for (Map.Entry<String, Map<String, Object>> domainEntry : node.domains().entrySet()) {
      Domain domain =
          Domain.fromWire(domainEntry.getKey())
              .orElseThrow(
                  () ->
                      new LineRejectedException(
                          "unknown domain '"
                              + LineFields.clip(domainEntry.getKey())
                              + "' in attributes; valid domains: "
                              + Domain.validNames()));
      if (domain.isContact()) {
        throw new LineRejectedException(
            "domain '"
                + domain.wireName()
                + "' comes from the identifier fields (emails, phones, addresses, maids, name),"
                + " not from attributes");
      }
      if (domainEntry.getValue() == null) {
        throw new LineRejectedException(
            "attributes." + domain.wireName() + " must be an object of attribute values");
      }
      Map<String, Object> values = domainEntry.getValue();
      if (values.containsValue(StreamedLine.NOT_A_SCALAR)) {
        values = scalarsOnly(domain, values, rejects);
      }
      if (!values.isEmpty()) {
        out.put(domain, values);
      }
    }
    return out;
  }

  /** The values that are a string, number or boolean; a reject for each other. */
  private static Map<String, Object> scalarsOnly(
      Domain domain, Map<String, Object> values, List<String> rejects) {
    Map<String, Object> scalars = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (value == StreamedLine.NOT_A_SCALAR) {
            rejects.add(
                "attributes."
                    + domain.wireName()
                    + "."
                    + LineFields.clip(name)
                    + ": value must be a string, number or boolean");
          } else {
            scalars.put(name, value);
          }
        });
    return scalars;
  }
}
