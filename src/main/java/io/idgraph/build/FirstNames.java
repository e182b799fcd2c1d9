package io.idgraph.build;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First names as the linker compares them: letters only, lower case, common nicknames mapped to one
 * form, and a rule for when two spellings may be one person (docs/linking.md).
 */
final class FirstNames {
  private static final Map<String, String> NICKNAMES = new HashMap<>();

  static {
    String[][] groups = {
      {"robert", "bob", "rob", "bobby", "robbie"},
      {"william", "bill", "will", "billy", "willie", "liam"},
      {"richard", "rick", "dick", "rich", "ricky"},
      {"james", "jim", "jimmy", "jamie"},
      {"john", "johnny", "jack"},
      {"michael", "mike", "mikey"},
      {"thomas", "tom", "tommy"},
      {"joseph", "joe", "joey"},
      {"charles", "charlie", "chuck"},
      {"christopher", "chris"},
      {"daniel", "dan", "danny"},
      {"matthew", "matt"},
      {"anthony", "tony"},
      {"steven", "steve", "stephen"},
      {"edward", "ed", "eddie", "ted"},
      {"david", "dave"},
      {"andrew", "andy", "drew"},
      {"benjamin", "ben"},
      {"samuel", "sam"},
      {"alexander", "alex"},
      {"nicholas", "nick"},
      {"timothy", "tim"},
      {"gregory", "greg"},
      {"patrick", "pat"},
      {"elizabeth", "liz", "beth", "betty", "eliza", "lisa"},
      {"margaret", "maggie", "peggy", "meg"},
      {"katherine", "kathy", "kate", "katie", "catherine", "cathy", "kathryn"},
      {"jennifer", "jen", "jenny"},
      {"patricia", "patty", "trish"},
      {"susan", "sue", "susie"},
      {"deborah", "debbie", "deb", "debra"},
      {"rebecca", "becky"},
      {"jessica", "jess"},
      {"victoria", "vicky", "tori"},
      {"christine", "chris", "christina", "tina"},
      {"alexandra", "alex", "sandra"},
      {"kimberly", "kim"},
      {"pamela", "pam"},
      {"barbara", "barb"},
      {"dorothy", "dot"},
      {"abigail", "abby"},
    };
    for (String[] group : groups) {
      for (String name : group) {
        NICKNAMES.putIfAbsent(name, group[0]);
      }
    }
  }

  private FirstNames() {}

  /** The comparable form: accents dropped, letters only, lower case, nickname mapped; or null. */
  static String normalize(String first) {
    if (first == null) {
      return null;
    }
    String ascii = Normalizer.normalize(first, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(ascii.length());
    for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    if (b.length() == 0) {
      return null;
    }
    String s = b.toString();
    return NICKNAMES.getOrDefault(s, s);
  }

  /**
   * True when two normalized first names may be one person: equal; one an initial or a prefix of at
   * least three letters of the other; or one typo apart (a letter dropped, added or two swapped
   * when the longer has four letters or more, a letter replaced when both have five or more).
   */
  static boolean compatible(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    boolean aShorter = a.length() <= b.length();
    String shorter = aShorter ? a : b;
    String longer = aShorter ? b : a;
    if (shorter.length() == 1 || (shorter.length() >= 3 && longer.startsWith(shorter))) {
      return longer.charAt(0) == shorter.charAt(0);
    }
    if (longer.length() - shorter.length() == 1) {
      return longer.length() >= 4 && dropsOne(longer, shorter);
    }
    if (longer.length() == shorter.length()) {
      return (swapsTwo(a, b) && a.length() >= 4) || (replacesOne(a, b) && a.length() >= 5);
    }
    return false;
  }

  private static boolean dropsOne(String longer, String shorter) {
    int i = 0;
    while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
      i++;
    }
    return longer.substring(i + 1).equals(shorter.substring(i));
  }

  private static boolean swapsTwo(String a, String b) {
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length()
        && a.charAt(i) == b.charAt(i + 1)
        && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  private static boolean replacesOne(String a, String b) {
    int diff = 0;
    for (int i = 0; i < a.length() && diff < 2; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        diff++;
      }
    }
    return diff == 1;
  }
}
