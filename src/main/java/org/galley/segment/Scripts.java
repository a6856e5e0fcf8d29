package org.galley.segment;

/**
 * Traditional and simplified Chinese. The rules match their words in simplified form; a traditional page is folded
 * to simplified first, one character for one, so positions found in the folded text are positions in the original
 * (which keeps its characters). The table holds the traditional forms of the rule words and of the most common
 * characters (enough to tell a traditional page from a simplified one), not a full converter.
 */
final class Scripts {
    private static final String TRADITIONAL =
            "報訊記員攝廣轉責編輯譯電華聞網區縣鄉門號話價錢銀業場車買賣貨藥處總經營辦歡顧啟啓聲寫讀書圖畫聯單設計連載續題齊歲條劃劇視" +
            "運戰軍黨議選舉統將萬億兩幣幾親隊師應該試讓認識語詞護險種變漲飛復陽陰雲風雙傳習蘇歐們這個來時會說國為對發過後學還與關開見" +
            "問東長現從實點機動體當麼樣頭構專際產進醫衛費導讚獎務參觀愛邊樓園鐵橋築農礦鋼廠紡織貿稅財紙筆質權術藝樂歷莊鎮灣滬寧漢遼龍" +
            "馬鳥魚雞麵飯餘錄鐘鍾間閱壓擊殺亂災難碼歸勞圓約紀級線組結給絕維綜緊顯響頁順須預領願類顏額養館驗騎鬥齡濟決況減滅溫測濕準淚" +
            "潔腦膠臉興舊艦蘭虛蟲補裝製複規覺訂討訓訪許訴診證評詢誌誠誤請諸課調談論講謝豐貝負貧貴貸資賓賠賞購贈趕軌軟較輕輪輸郵鄰釋針" +
            "錯鍋鎖閉閒陣陳陸隨雜離雖靜韓頂項頓頻飄駐驚髮鬧魯鳳鹽麥黃齒叢劑勝勢協卻厲嚴團圍執堅塊墳壞壯夢夥奪婦媽孫寶寬審尋屆屬岡島峽" +
            "幫廟廢彈徑徵憂態懷戲戶損換擁擔據擴擺攜敗敵數斷曆曉棄楊極槍標樹橫檢殘氣漁滿漸潛燈燒爭爺牆獨獲環畢異療盡監盤確礎禮禍稱穩窮" +
            "競節範簡糧紅純納紛細終綠緣練縮繼罰羅義聖聽職肅脫腳艱衝襲觸誕貼賽趨跡蹤辭遠適遲遺邏鄭醜鑑閃隱靈飲驅鬆麗週裡裏於纔祇隻臺鬱" +
            "樸僅優儀傷偉備儲兒內冊劉則剛創劍勵吳嗎嘆噸壽夠奮奧妝層嶺帥帳幹廳張強徹恆惡慶憲懸擇擬撥敘晝暫曬沒淺渾湯潤澤濃濱瀋烏無煙煩" +
            "熱爐犧狀猶獅瑪盜碩礙祕積穀竊簽籃籌粵糾紋紹絡絲綱緒締緩縱績繩繪罷膽臨舖艙葉蓋蔣薦薩藍蘋蝦蠶衆眾襯覽託詩詳誇誰諾謀謂譜豈豬" +
            "貓貞貢販貪賀賊賢賤賴贊贏趙踐躍軒軸輔輛輝輩輿轄辯迴遊達違遙遞遷釀鋪銷鋒錦錫鍵鎊鏡鑄閘閣閥闊陝階隸霧韋頑頒頸顆顛颱飢飼飽飾" +
            "餅饑駁駛駕騙騰驟鮮鳴鴨鴻鵝鶴鷹鹹龜壺錶綢緞襪傘燭漿棧賬釐謹擾傑並鑼綴匯籤佈瑣訃訟詰賜爲採鉅溼閲";
    private static final String SIMPLIFIED =
            "报讯记员摄广转责编辑译电华闻网区县乡门号话价钱银业场车买卖货药处总经营办欢顾启启声写读书图画联单设计连载续题齐岁条划剧视" +
            "运战军党议选举统将万亿两币几亲队师应该试让认识语词护险种变涨飞复阳阴云风双传习苏欧们这个来时会说国为对发过后学还与关开见" +
            "问东长现从实点机动体当么样头构专际产进医卫费导赞奖务参观爱边楼园铁桥筑农矿钢厂纺织贸税财纸笔质权术艺乐历庄镇湾沪宁汉辽龙" +
            "马鸟鱼鸡面饭余录钟钟间阅压击杀乱灾难码归劳圆约纪级线组结给绝维综紧显响页顺须预领愿类颜额养馆验骑斗龄济决况减灭温测湿准泪" +
            "洁脑胶脸兴旧舰兰虚虫补装制复规觉订讨训访许诉诊证评询志诚误请诸课调谈论讲谢丰贝负贫贵贷资宾赔赏购赠赶轨软较轻轮输邮邻释针" +
            "错锅锁闭闲阵陈陆随杂离虽静韩顶项顿频飘驻惊发闹鲁凤盐麦黄齿丛剂胜势协却厉严团围执坚块坟坏壮梦伙夺妇妈孙宝宽审寻届属冈岛峡" +
            "帮庙废弹径征忧态怀戏户损换拥担据扩摆携败敌数断历晓弃杨极枪标树横检残气渔满渐潜灯烧争爷墙独获环毕异疗尽监盘确础礼祸称稳穷" +
            "竞节范简粮红纯纳纷细终绿缘练缩继罚罗义圣听职肃脱脚艰冲袭触诞贴赛趋迹踪辞远适迟遗逻郑丑鉴闪隐灵饮驱松丽周里里于才只只台郁" +
            "朴仅优仪伤伟备储儿内册刘则刚创剑励吴吗叹吨寿够奋奥妆层岭帅帐干厅张强彻恒恶庆宪悬择拟拨叙昼暂晒没浅浑汤润泽浓滨沈乌无烟烦" +
            "热炉牺状犹狮玛盗硕碍秘积谷窃签篮筹粤纠纹绍络丝纲绪缔缓纵绩绳绘罢胆临铺舱叶盖蒋荐萨蓝苹虾蚕众众衬览托诗详夸谁诺谋谓谱岂猪" +
            "猫贞贡贩贪贺贼贤贱赖赞赢赵践跃轩轴辅辆辉辈舆辖辩回游达违遥递迁酿铺销锋锦锡键镑镜铸闸阁阀阔陕阶隶雾韦顽颁颈颗颠台饥饲饱饰" +
            "饼饥驳驶驾骗腾骤鲜鸣鸭鸿鹅鹤鹰咸龟壶表绸缎袜伞烛浆栈账厘谨扰杰并锣缀汇签布琐讣讼诘赐为采钜湿阅";
    /** Simplified forms that are ordinary traditional characters too (面, 里, 台, 后...): no evidence either way. */
    private static final String SHARED = "面里干台于后只才松斗丑谷表范朴郁沈咸回游周志制余云冲卜几伙征划向托夸厘";
    private static final int BASE = 0x4E00;
    private static final char[] TO_SIMPLIFIED = new char[0xA000 - BASE];
    /** 1: a traditional-only form; 2: a simplified-only form. */
    private static final byte[] SCRIPT = new byte[0xA000 - BASE];
    /** One bit per character of TO_SIMPLIFIED that folds: 2.6 kB, which stays in the cache the 40 kB table does not. */
    private static final long[] FOLDS = new long[(0xA000 - BASE + 63) >>> 6];

    static {
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            char t = TRADITIONAL.charAt(i);
            char s = SIMPLIFIED.charAt(i);
            TO_SIMPLIFIED[t - BASE] = s;
            if (s != t) {
                FOLDS[(t - BASE) >>> 6] |= 1L << (t - BASE);
            }
            SCRIPT[t - BASE] = 1;
            if (SHARED.indexOf(s) < 0) {
                SCRIPT[s - BASE] = 2;
            }
        }
    }

    private Scripts() {
    }

    static char fold(char c) {
        if (c < BASE || c >= 0xA000) {
            return c;
        }
        char s = TO_SIMPLIFIED[c - BASE];
        return s == 0 ? c : s;
    }

    /** The text with traditional forms replaced by simplified ones; same length, same positions. */
    static String fold(String s) {
        int i = 0;
        while (i < s.length() && !folds(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // nothing traditional: no copy, the common case
        }
        char[] out = s.toCharArray();
        for (; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return new String(out);
    }

    /** {@code fold(c) != c}, from the bit set. */
    private static boolean folds(char c) {
        int k = c - BASE;
        return k >= 0 && c < 0xA000 && (FOLDS[k >>> 6] & (1L << k)) != 0;
    }

    /** "zh-Hant" when traditional-only forms outnumber simplified-only ones, else "zh-Hans". */
    static String tag(String text) {
        int trad = 0;
        int simp = 0;
        int n = Math.min(text.length(), 200_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= BASE && c < 0xA000) {
                byte k = SCRIPT[c - BASE];
                if (k == 1) {
                    trad++;
                } else if (k == 2) {
                    simp++;
                }
            }
        }
        return trad > simp ? "zh-Hant" : "zh-Hans";
    }
}
