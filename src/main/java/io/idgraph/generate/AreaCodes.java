package io.idgraph.generate;

import java.util.HashMap;
import java.util.Map;

/** Real NANP area codes by state or territory (a few per state), for plausible phone numbers. */
final class AreaCodes {
  private static final Map<String, int[]> BY_STATE = new HashMap<>();
  private static final int[] FALLBACK = {212, 310, 312, 415, 617, 713, 305, 206};

  static {
    add("AL", 205, 251, 256, 334);
    add("AK", 907);
    add("AZ", 480, 520, 602, 623, 928);
    add("AR", 479, 501, 870);
    add("CA", 209, 213, 310, 323, 408, 415, 510, 530, 559, 562, 619, 626, 650, 661, 707, 714);
    add("CO", 303, 719, 720, 970);
    add("CT", 203, 860);
    add("DE", 302);
    add("DC", 202);
    add("FL", 239, 305, 321, 352, 386, 407, 561, 727, 772, 813, 850, 904, 941, 954);
    add("GA", 229, 404, 470, 478, 678, 706, 770, 912);
    add("HI", 808);
    add("ID", 208);
    add("IL", 217, 224, 309, 312, 618, 630, 708, 773, 815, 847);
    add("IN", 219, 260, 317, 574, 765, 812);
    add("IA", 319, 515, 563, 641, 712);
    add("KS", 316, 620, 785, 913);
    add("KY", 270, 502, 606, 859);
    add("LA", 225, 318, 337, 504, 985);
    add("ME", 207);
    add("MD", 240, 301, 410, 443);
    add("MA", 339, 413, 508, 617, 781, 978);
    add("MI", 231, 248, 269, 313, 517, 586, 616, 734, 810, 906, 989);
    add("MN", 218, 320, 507, 612, 651, 763, 952);
    add("MS", 228, 601, 662);
    add("MO", 314, 417, 573, 636, 660, 816);
    add("MT", 406);
    add("NE", 308, 402);
    add("NV", 702, 775);
    add("NH", 603);
    add("NJ", 201, 609, 732, 856, 908, 973);
    add("NM", 505, 575);
    add("NY", 212, 315, 347, 516, 518, 585, 607, 631, 646, 716, 718, 845, 914, 917);
    add("NC", 252, 336, 704, 828, 910, 919, 980);
    add("ND", 701);
    add("OH", 216, 330, 419, 440, 513, 614, 740, 937);
    add("OK", 405, 580, 918);
    add("OR", 503, 541, 971);
    add("PA", 215, 267, 412, 484, 570, 610, 717, 724, 814);
    add("RI", 401);
    add("SC", 803, 843, 864);
    add("SD", 605);
    add("TN", 423, 615, 731, 865, 901, 931);
    add("TX", 210, 214, 254, 281, 325, 361, 409, 432, 512, 713, 806, 817, 830, 832, 903, 915);
    add("UT", 385, 435, 801);
    add("VT", 802);
    add("VA", 276, 434, 540, 571, 703, 757, 804);
    add("WA", 206, 253, 360, 425, 509);
    add("WV", 304, 681);
    add("WI", 262, 414, 608, 715, 920);
    add("WY", 307);
    add("PR", 787, 939);
    add("VI", 340);
    add("GU", 671);
    add("MP", 670);
    add("AS", 684);
  }

  private AreaCodes() {}

  private static void add(String state, int... codes) {
    BY_STATE.put(state, codes);
  }

  /** The area codes of a state or territory code; a few large metros' codes when unknown. */
  static int[] forState(String state) {
    return BY_STATE.getOrDefault(state, FALLBACK);
  }
}
