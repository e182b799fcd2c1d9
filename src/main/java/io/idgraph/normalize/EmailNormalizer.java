package io.idgraph.normalize;

import io.idgraph.graph.IdType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Emails: trimmed and lowercased, validated, then reduced to a canonical form by the provider's
 * documented aliasing rules (Gmail ignores dots and {@code +tags}; several others ignore {@code
 * +tags}). The key is the canonical form; the display form is the address as typed, lowercased.
 */
final class EmailNormalizer {
  static final int MAX_EMAIL_LENGTH = 254;
  private static final int MAX_LOCAL_LENGTH = 64;
  private static final int MAX_LABEL_LENGTH = 63;
  private static final String GMAIL = "gmail.com";
  private static final String GOOGLEMAIL = "googlemail.com";
  private static final Set<String> PLUS_TAG_DOMAINS =
      Set.of(
          "outlook.com",
          "hotmail.com",
          "live.com",
          "msn.com",
          "icloud.com",
          "me.com",
          "mac.com",
          "fastmail.com",
          "fastmail.fm",
          "protonmail.com",
          "proton.me",
          "pm.me");
  private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~.";
  private static final String FORBIDDEN = ",;\"()<>[]\\:";

  private EmailNormalizer() {}

  static NormalizeResult normalize(String raw) {
    NormalizeFailure pre = Text.precheck(raw);
    if (pre != null) {
      return NormalizeResult.failed(pre);
    }
    String email = unwrap(Text.trim(Text.compatible(raw))).toLowerCase(Locale.ROOT);
    if (email.isEmpty()) {
      return NormalizeResult.failed(NormalizeFailure.EMPTY);
    }
    if (email.length() > MAX_EMAIL_LENGTH) {
      return NormalizeResult.failed(NormalizeFailure.TOO_LONG);
    }
    NormalizeFailure invalid = validate(email);
    if (invalid != null) {
      return NormalizeResult.failed(invalid);
    }
    int at = email.indexOf('@');
    String canonical = canonical(email.substring(0, at), email.substring(at + 1));
    if (canonical == null) {
      return NormalizeResult.failed(NormalizeFailure.INVALID_LOCAL_PART);
    }
    List<String> hashForms = canonical.equals(email) ? List.of(email) : List.of(canonical, email);
    return NormalizeResult.ok(
        new NormalizedIdentifier(IdType.EMAIL, canonical, email, hashForms, null));
  }

  /**
   * Removes paste noise, repeatedly: surrounding quotes ("...", '...', curly quotes) and brackets
   * (<...>, (...), [...]), a {@code mailto:} scheme (and its query), separators left at either end
   * by a split list (",", ";", ":"), and a trailing dot after the domain.
   */
  static String unwrap(String s) {
    for (int pass = 0; pass < 4; pass++) {
      String before = s;
      s = Text.strip(s, EmailNormalizer::isSeparator); // separators include blanks
      if (isWrapped(s)) {
        s = Text.trim(s.substring(1, s.length() - 1));
      }
      if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
        s = s.substring(7);
        int query = s.indexOf('?');
        s = Text.trim(query >= 0 ? s.substring(0, query) : s);
      }
      if (s.endsWith(".") && s.indexOf('@') >= 0) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.equals(before)) {
        break;
      }
    }
    return s;
  }

  /** Opening and closing characters that wrap a pasted address, as pairs. */
  private static final String WRAPPERS = "<>\"\"''()[]\u201C\u201D\u2018\u2019";

  private static boolean isWrapped(String s) {
    if (s.length() < 2) {
      return false;
    }
    int pair = WRAPPERS.indexOf(s.charAt(0) + "" + s.charAt(s.length() - 1));
    return pair >= 0 && pair % 2 == 0;
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == ';' || c == ':' || Text.isBlank(c);
  }

  /** The canonical form, or null when removing a tag leaves no valid local part. */
  private static String canonical(String local, String domain) {
    if (domain.equals(GOOGLEMAIL)) {
      domain = GMAIL;
    }
    if (domain.equals(GMAIL)) {
      local = withoutTag(local).replace(".", "");
    } else if (PLUS_TAG_DOMAINS.contains(domain)) {
      local = withoutTag(local);
    } else {
      return local + '@' + domain;
    }
    if (local.isEmpty() || local.endsWith(".")) {
      return null;
    }
    return local + '@' + domain;
  }

  private static String withoutTag(String local) {
    int plus = local.indexOf('+');
    return plus < 0 ? local : local.substring(0, plus);
  }

  private static NormalizeFailure validate(String email) {
    int at = -1;
    for (int i = 0; i < email.length(); i++) {
      char c = email.charAt(i);
      if (Text.isBlank(c) || Character.isISOControl(c) || FORBIDDEN.indexOf(c) >= 0) {
        return NormalizeFailure.INVALID_CHARACTERS;
      }
      if (c == '@') {
        if (at >= 0) {
          return NormalizeFailure.MULTIPLE_AT;
        }
        at = i;
      }
    }
    if (at < 0) {
      return NormalizeFailure.MISSING_AT;
    }
    if (!validLocal(email, at)) {
      return NormalizeFailure.INVALID_LOCAL_PART;
    }
    return validateDomain(email.substring(at + 1));
  }

  private static boolean validLocal(String email, int at) {
    if (at == 0 || at > MAX_LOCAL_LENGTH || email.charAt(0) == '.' || email.charAt(at - 1) == '.') {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = email.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || ATEXT_SYMBOLS.indexOf(c) >= 0
              || (c > 127 && (Character.isLetterOrDigit(c) || Character.isSurrogate(c)));
      if (!ok || (c == '.' && email.charAt(i + 1) == '.')) {
        return false;
      }
    }
    return true;
  }

  private static NormalizeFailure validateDomain(String domain) {
    if (domain.isEmpty() || domain.length() > 253) {
      return NormalizeFailure.INVALID_DOMAIN;
    }
    // label by label, without splitting: every resolved email passes here
    int labels = 0;
    int from = 0;
    while (true) {
      int dot = domain.indexOf('.', from);
      int to = dot < 0 ? domain.length() : dot;
      if (!validLabel(domain, from, to)) {
        return NormalizeFailure.INVALID_DOMAIN;
      }
      labels++;
      if (dot < 0) {
        break;
      }
      from = dot + 1;
    }
    if (labels < 2) {
      return NormalizeFailure.MISSING_TLD;
    }
    if (domain.length() - from < 2 || allDigits(domain, from)) {
      return NormalizeFailure.INVALID_DOMAIN;
    }
    return null;
  }

  private static boolean allDigits(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** True when {@code domain[from, to)} is a valid label. */
  private static boolean validLabel(String domain, int from, int to) {
    if (from == to
        || to - from > MAX_LABEL_LENGTH
        || domain.charAt(from) == '-'
        || domain.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = domain.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || (c > 127 && (Character.isLetterOrDigit(c) || Character.isSurrogate(c)));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
