package dev.storywire.analysis.zh;

/**
 * Characters that Chinese uses to transliterate foreign names (马斯克 Musk, 孟菲斯 Memphis, 巴布施金
 * Babushkin): a run of them that the lexicon does not know is most likely a foreign name. From the
 * Xinhua transliteration tables' most frequent characters.
 */
final class TransliterationCharacters {
  /** The characters, as one string for {@link String#indexOf(int)}. */
  static final String CHARS =
      "阿埃艾爱安昂奥巴孟拜班邦鲍保贝本比彼宾波伯勃博布查达戴丹道德迪蒂丁东杜敦多厄恩尔法凡菲费芬丰"
          + "弗福伏盖甘冈戈格贡古圭哈海汉豪赫亨胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷"
          + "蕾里利莉连林琳卢鲁路伦罗洛马玛迈麦曼梅门蒙米密敏明莫姆穆纳娜奈南内尼妮涅纽诺欧帕潘庞佩彭皮"
          + "珀普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎尚什施舍圣史舒斯松苏索塔泰坦汤唐特提廷托图瓦旺威韦维温沃"
          + "乌西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹兹朱卓佐夫芙茨斐娃娅薇茜洁婕丽黛瑞翰";

  private TransliterationCharacters() {}

  /** @return whether every character of {@code text} is a transliteration character */
  static boolean all(CharSequence text) {
    return !text.isEmpty() && text.codePoints().allMatch(cp -> CHARS.indexOf(cp) >= 0);
  }

  static boolean is(int codePoint) {
    return CHARS.indexOf(codePoint) >= 0;
  }
}
