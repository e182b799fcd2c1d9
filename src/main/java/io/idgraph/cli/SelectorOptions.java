package io.idgraph.cli;

import io.idgraph.graph.IdType;
import io.idgraph.privacy.Selector;
import io.idgraph.privacy.SelectorFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The selectors of a privacy request: identifiers, person ids, or a CSV file of type,value. */
final class SelectorOptions {
  @Option(names = "--email", paramLabel = "V", description = "An email (repeatable).")
  List<String> emails = new ArrayList<>();

  @Option(names = "--phone", paramLabel = "V", description = "A phone number (repeatable).")
  List<String> phones = new ArrayList<>();

  @Option(names = "--address", paramLabel = "V", description = "A postal address (repeatable).")
  List<String> addresses = new ArrayList<>();

  @Option(names = "--maid", paramLabel = "V", description = "A mobile ad id (repeatable).")
  List<String> maids = new ArrayList<>();

  @Option(names = "--person", paramLabel = "ID", description = "A person id (repeatable).")
  List<String> persons = new ArrayList<>();

  @Option(
      names = "--file",
      paramLabel = "F",
      description = "A CSV of type,value records (type: email, phone, address, maid, person).")
  Path file;

  List<Selector> selectors() {
    List<Selector> out = new ArrayList<>();
    emails.forEach(v -> out.add(new Selector(IdType.EMAIL, v)));
    phones.forEach(v -> out.add(new Selector(IdType.PHONE, v)));
    addresses.forEach(v -> out.add(new Selector(IdType.ADDRESS, v)));
    maids.forEach(v -> out.add(new Selector(IdType.MAID, v)));
    persons.forEach(v -> out.add(new Selector(null, v)));
    if (file != null) {
      out.addAll(SelectorFile.read(file));
    }
    return out;
  }
}
