package io.idgraph.generate;

import io.idgraph.geo.ZipCentroids;
import java.util.SplittableRandom;
import tools.jackson.core.JsonGenerator;

/** Writes a person's name, emails, phones, addresses and mobile ad ids, counting each. */
record ContactSection(
    SplittableRandom rnd, Pools pools, ZipCentroids zips, HouseholdPlanner planner) {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Decides whether {@code h} shares a home landline between its members. */
  void planHousehold(Household h) {
    h.landline = h.size >= 2 && Draw.chance(rnd, 0.3) ? PhoneStyle.number(rnd, h.state) : null;
  }

  void write(JsonGenerator json, Household h, Traits t) {
    String first =
        t.female ? Draw.pick(rnd, pools.femaleFirstNames) : Draw.pick(rnd, pools.maleFirstNames);
    if (!t.sparse || Draw.chance(rnd, 0.8)) {
      json.writeObjectPropertyStart("name")
          .writeStringProperty("first_name", first)
          .writeStringProperty("last_name", h.lastName)
          .writeEndObject();
    }
    emails(json, t, first, h.lastName);
    phones(json, h, t);
    addresses(json, h, t);
    maids(json, t);
  }

  private void emails(JsonGenerator json, Traits t, String first, String last) {
    t.emails = t.sparse ? 1 : 1 + Draw.weighted(rnd, new double[] {45, 35, 20});
    json.writeArrayPropertyStart("emails");
    String previous = null;
    for (int i = 0; i < t.emails; i++) {
      String email;
      if (i == 1 && t.working() && Draw.chance(rnd, 0.6)) {
        email = EmailStyle.work(rnd, first, last, Draw.pick(rnd, pools.companyDomains));
      } else {
        String domain = EmailStyle.provider(rnd, previous);
        previous = domain;
        email =
            EmailStyle.written(rnd, EmailStyle.localPart(rnd, first, last, t.birthYear), domain);
      }
      double quality = i == 0 ? Draw.between(rnd, 0.85, 0.99) : Draw.between(rnd, 0.6, 0.9);
      identifier(json, email, quality, 0.15);
    }
    json.writeEndArray();
  }

  private void phones(JsonGenerator json, Household h, Traits t) {
    t.phones =
        t.sparse
            ? Draw.weighted(rnd, new double[] {60, 40})
            : Draw.weighted(rnd, new double[] {10, 45, 30, 15});
    boolean landline = h.landline != null && !t.sparse;
    if (t.phones == 0 && !landline) {
      return;
    }
    json.writeArrayPropertyStart("phones");
    for (int i = 0; i < t.phones; i++) {
      String state = Draw.chance(rnd, 0.85) ? h.state : zips.state(planner.randomZip());
      String digits = PhoneStyle.number(rnd, state);
      double quality = i == 0 ? Draw.between(rnd, 0.75, 0.95) : Draw.between(rnd, 0.5, 0.85);
      identifier(json, PhoneStyle.written(rnd, digits), quality, 0.15);
    }
    if (landline) {
      identifier(json, PhoneStyle.written(rnd, h.landline), Draw.between(rnd, 0.45, 0.7), 0);
      t.phones++;
    }
    json.writeEndArray();
  }

  private void addresses(JsonGenerator json, Household h, Traits t) {
    boolean current = !t.sparse || Draw.chance(rnd, 0.7);
    boolean prior = !t.sparse && Draw.chance(rnd, 0.25);
    t.addresses = (current ? 1 : 0) + (prior ? 1 : 0);
    if (t.addresses == 0) {
      return;
    }
    json.writeArrayPropertyStart("addresses");
    if (current) {
      address(
          json,
          AddressStyle.format(rnd, h),
          h.latitude,
          h.longitude,
          Draw.between(rnd, 0.75, 0.95));
    }
    if (prior) {
      priorAddress(json);
    }
    json.writeEndArray();
  }

  private void priorAddress(JsonGenerator json) {
    int zip = planner.randomZip();
    int number = 1 + rnd.nextInt(9999);
    String street = Draw.pick(rnd, pools.streetNames);
    int suffix = rnd.nextInt(AddressStyle.SUFFIX_COUNT);
    String unit = Draw.chance(rnd, 0.3) ? Integer.toString(1 + rnd.nextInt(40)) : null;
    String text =
        AddressStyle.format(
            rnd,
            number,
            null,
            street,
            suffix,
            rnd.nextInt(AddressStyle.UNIT_KINDS),
            unit,
            zips.city(zip),
            zips.state(zip),
            zips.zipString(zip),
            Draw.padded(1 + rnd.nextInt(9998), 4));
    double lat = zips.latitude(zip) + Draw.between(rnd, -0.008, 0.008);
    double lon = zips.longitude(zip) + Draw.between(rnd, -0.01, 0.01);
    address(json, text, lat, lon, Draw.between(rnd, 0.4, 0.7));
  }

  /** An address object; one in ten carries no coordinates, to be geocoded at load. */
  private void address(JsonGenerator json, String text, double lat, double lon, double quality) {
    json.writeStartObject().writeStringProperty("value", text);
    if (!Draw.chance(rnd, 0.1)) {
      JsonLine.decimalProperty(json, "latitude", lat, 5);
      JsonLine.decimalProperty(json, "longitude", lon, 5);
    }
    JsonLine.decimalProperty(json, "quality_score", quality, 2).writeEndObject();
  }

  private void maids(JsonGenerator json, Traits t) {
    t.maids =
        !t.sparse && Draw.chance(rnd, 0.4) ? 1 + Draw.weighted(rnd, new double[] {75, 25}) : 0;
    if (t.maids == 0) {
      return;
    }
    json.writeArrayPropertyStart("maids");
    for (int i = 0; i < t.maids; i++) {
      String maid = uuid(rnd.nextLong(), rnd.nextLong(), rnd.nextBoolean());
      identifier(json, maid, Draw.between(rnd, 0.8, 0.95), 0.3);
    }
    json.writeEndArray();
  }

  /** A bare string (default quality) with probability {@code bare}, else {value, quality_score}. */
  private void identifier(JsonGenerator json, String value, double quality, double bare) {
    if (bare > 0 && Draw.chance(rnd, bare)) {
      json.writeString(value);
    } else {
      json.writeStartObject().writeStringProperty("value", value);
      JsonLine.decimalProperty(json, "quality_score", quality, 2).writeEndObject();
    }
  }

  /** A version 4 UUID: upper case like an iOS IDFA, or lower case like an Android AAID. */
  static String uuid(long high, long low, boolean upper) {
    high = (high & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    char[] out = new char[36];
    int pos = 0;
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        out[pos++] = '-';
      }
      long word = i < 16 ? high : low;
      int nibble = (int) (word >>> (60 - 4 * (i % 16))) & 0xF;
      char c = HEX[nibble];
      out[pos++] = upper ? c : Character.toLowerCase(c);
    }
    return new String(out);
  }
}
