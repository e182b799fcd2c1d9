package io.idgraph.cli;

import io.idgraph.graph.Domain;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import java.util.List;

/** Parsing of the enum-valued flags, with errors that list the valid values. */
final class CliArgs {
  private CliArgs() {}

  static IdType idType(String value) {
    return IdType.fromWire(value)
        .orElseThrow(
            () ->
                IdgraphException.invalid(
                    "unknown identifier type '" + value + "'; use email, phone, address or maid"));
  }

  static HashType hashType(String value) {
    return HashType.fromWire(value)
        .orElseThrow(
            () ->
                IdgraphException.invalid(
                    "unknown hash type '" + value + "'; use plaintext, md5, sha1 or sha256"));
  }

  static List<Domain> domains(List<String> names) {
    return names.stream().map(name -> Domain.require(name, name)).distinct().toList();
  }
}
