package io.idgraph.cli;

import io.idgraph.graph.Domain;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import java.util.List;
import java.util.Optional;

/** Parsing of the enum-valued flags, with errors that list the valid values. */
final class CliArgs {
  private CliArgs() {}

  static IdType idType(String value) {
    return known(IdType.fromWire(value), "identifier type", value, "email, phone, address or maid");
  }

  static HashType hashType(String value) {
    return known(HashType.fromWire(value), "hash type", value, "plaintext, md5, sha1 or sha256");
  }

  private static <T> T known(Optional<T> found, String what, String value, String choices) {
    return found.orElseThrow(
        () -> IdgraphException.invalid("unknown " + what + " '" + value + "'; use " + choices));
  }

  static List<Domain> domains(List<String> names) {
    return names.stream().map(name -> Domain.require(name, name)).distinct().toList();
  }
}
