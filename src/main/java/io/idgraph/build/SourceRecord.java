package io.idgraph.build;

import java.util.List;
import java.util.Map;

/**
 * One source record, normalized: what a build links and assembles, and the line of a source's state
 * file.
 *
 * @param source the source name given to {@code --source}
 * @param recordId the record id column, else the record's line number
 * @param updatedAt ISO-8601 time the record was last changed (its column, else the file's time)
 * @param attributes domain name to (attribute name to value)
 * @param personId the person the record belonged to after the last build; 0 before its first
 */
record SourceRecord(
    String source,
    String recordId,
    String firstName,
    String lastName,
    String updatedAt,
    List<RecordIdentifier> identifiers,
    Map<String, Map<String, Object>> attributes,
    long personId) {

  SourceRecord {
    identifiers = identifiers == null ? List.of() : identifiers;
    attributes = attributes == null ? Map.of() : attributes;
  }

  /** "source:record_id", how provenance names this record. */
  String ref() {
    return source + ":" + recordId;
  }

  SourceRecord withPersonId(long id) {
    return new SourceRecord(
        source, recordId, firstName, lastName, updatedAt, identifiers, attributes, id);
  }
}
