"""The invented pages (h11zh). All text is invented; names of people, papers and shops are made up."""
from layout import B, Page, Sub, X, page

S = "\u3000"  # ideographic space
T30 = "invented in the style of a 1930s Shanghai tabloid"


@page
def tabloid_a():
    p = Page("tabloid-a", 10, T30 + ", front page, width 10")
    p.furn("晶" + S + "報", "中華民國二十四年五月十日" + S + "星期五", "第一張")
    p.art(["電車出軌", "乘客受驚"], ["今晨七時許、下關電車行至中山路口、忽然出軌、車身傾斜、乘客數人受驚、幸無死傷、路局已派工修理、"],
          dl="（中央社南京十日電）", dl_truth="中央社南京十日電")
    p.art(["米商囤積"], ["近日米價步步上漲、聞係少數米商囤積居奇所致、社會局昨已召集各米商談話、責令平價出售、如有違抗、即予嚴懲、"],
          dl="本報訊" + S, dl_truth="本報訊", sig="小白")
    p.advert("雙妹牌花露水", "香氣濃郁" + S + "經久不散", "各大百貨公司均有出售", "總發行所" + S + "南京路四百號")
    p.art(["學生募捐", "救濟災民"], ["本市各校學生、近為北方水災募捐、連日奔走街頭、市民踴躍輸將、截至昨日止、已得大洋三千餘元、悉數匯寄災區、"])
    p.art(["舞場風波"], ["昨夜十一時許、霞飛路某舞場內、有兩客因爭舞女而口角、繼而動武、桌椅多有損壞、", X("巡捕到場"),
                     "旋經法捕房派探到場、將兩人帶入捕房、訊明後各處罰金了事、"],
          dl="本報訊", dl_truth="本報訊", sig="阿木", sig_inline=True)
    p.art(["滬杭路", "加開快車"], ["滬杭鐵路局為便利旅客起見、自下月起每日加開快車一次、上午八時由上海北站開出、午後一時許抵杭、"],
          dl="（杭州九日電）", dl_truth="杭州九日電")
    p.art(["女伶登台"], ["名伶王\ue0b1芳、久未登台、昨晚在更新舞台重演拿手好戲、座無虛席、掌聲雷動、散戲已近午夜、"], sig="菊隱")
    p.furn("提倡國貨" + S + "人人有責")
    return p


@page
def tabloid_b():
    p = Page("tabloid-b", 12, T30 + ", round-up and crossheads, width 12")
    p.furn("第四版")
    p.art(["各區消息"], ["（一）閘北" + S + "閘北水電公司、因用戶欠費甚多、決定自下月起停止供水、用戶紛紛請求展期。",
                     B("（二）南市" + S + "南市新開菜場一所、攤位百餘、昨已開市、附近居民稱便。"),
                     B("（三）浦東" + S + "浦東輪渡增開班次、每半小時一班、渡資仍舊。")])
    p.art(["輪船擱淺", "旅客無恙"], ["招商局某輪、前晚由甬來滬、行至吳淞口外、因霧大迷航、誤入淺灘擱淺、船身略有損傷、", X("拖輪救援"),
                           "該局得訊後、即派拖輪兩艘前往救援、至昨晨潮漲、始將該輪拖出、駛入浦江、", X("旅客登岸"),
                           "船上旅客二百餘人、均安然登岸、行李亦無損失、惟受驚不小、"],
          dl="本報訊", dl_truth="本報訊")
    p.advert("大華藥房", "止咳良藥" + S + "每瓶大洋一元", "地址北京路一二三號", "電話九一八二號")
    p.art(["竊賊落網"], ["城內某銀樓、日前被竊金飾多件、值洋數百元、捕房偵緝多日、昨在虹口某旅館將竊賊拿獲、贓物大半起出、"], sig="老槍")
    p.art(["教育局", "整頓私塾"], ["教育局以本市私塾林立、教法陳舊、特訂定整頓辦法、凡未經立案者、限期登記、逾期即行取締、"],
          dl="本報訊", dl_truth="本報訊")
    p.art(["天氣預告"], ["徐家匯天文台昨日報告、今明兩日天氣晴朗、氣溫略升、入夜有微風、"])
    return p


@page
def tabloid_c():
    p = Page("tabloid-c", 8, T30 + ", very narrow columns, width 8")
    p.furn("春申小報", "民國二十三年十月三日")
    p.art(["日使", "訪外長"], ["日本駐華公使、今晨往訪外交部長、會談約一小時、內容未據發表、"],
          dl="（中央社南京二日電）", dl_truth="中央社南京二日電")
    p.art(["財部發行", "新公債"], ["財政部為整理舊債、決定發行新公債一千萬元、年息六釐、分十年還清、"],
          dl="（南京二日電）", dl_truth="南京二日電")
    p.art(["平市治安"], ["平市近來治安良好、軍警晝夜巡邏、商民安居樂業、"], dl="（北平二日電）", dl_truth="北平二日電")
    p.advert("老牌香煙", "每包十枝" + S + "價廉物美", "各煙紙店均有代售")
    p.art(["公園開放", "夜間遊覽"], ["工部局昨日布告、自本月起、兆豐公園夜間開放、至十時止、遊人須購票入內、每票大洋一角、"],
          dl="本報訊", dl_truth="本報訊")
    p.art(["影星結婚"], ["電影明星某君與某女士、定於本月十日在大華飯店舉行婚禮、柬邀親友觀禮、"], sig="影迷")
    p.furn("團結禦侮" + S + "共赴國難")
    return p


@page
def tabloid_d():
    p = Page("tabloid-d", 13, T30 + ", headlines close to the text, lone 。 at column tops, width 13")
    p.furn("第二版" + S + "本埠新聞")
    p.art(["法租界", "大火"], ["昨晨三時許、法租界某里弄內一民房忽然起火、延燒鄰屋三幢、救火會聞警馳往、約一小時始熄滅、"],
          dl="本報訊" + S, dl_truth="本報訊", gap=False)
    p.art(["黃包車夫", "請願減租"], ["公共租界黃包車夫數百人、昨日結隊赴工部局請願、要求減低車租、經代表入內陳述後、始各散去。"],
          lone=True)
    p.art(["小販被毆"], ["南市小販某甲、昨在街頭擺攤、與巡警發生衝突、被毆受傷、旁觀者甚眾、群情憤慨、"], sig="路人", sig_inline=True)
    p.art(["游泳池開放"], ["市立游泳池定於下月一日起開放、每日上午九時至下午六時、入場券每張小洋二角、兒童減半。"],
          dl="本報訊", dl_truth="本報訊", lone="blank")
    p.art(["跑馬廳", "秋季大賽"], ["跑馬總會秋季大賽、定於下星期六舉行、連賽三日、屆時觀眾必多、"], dl="本報訊", dl_truth="本報訊",
          gap=False)
    p.advert("正廣和汽水", "清涼解渴", "每打大洋一元二角", "四馬路二十號" + S + "電話一五一五號")
    p.art(["流浪兒童", "收容所成立"], ["慈善團體發起之流浪兒童收容所、昨日正式成立、收容兒童五十餘名、供給衣食、並授以簡易工藝、"])
    return p


@page
def tabloid_e():
    p = Page("tabloid-e", 11, T30 + ", private-use characters, spaces between words, pen names, width 11")
    p.art(["名醫遇盜"], ["名醫陳\ue3a1如寓所、前晚被盜、失去皮衣數件、現款二百元、已報捕房請緝、"], dl="本報訊", dl_truth="本報訊")
    p.art(["江湖奇俠傳"], ["話說那夜月黑風高、眾人正在廟中歇息、忽聽得門外一陣腳步聲、由遠而近、"], byline="柳絮著",
          reporters=["柳絮"])
    p.art(["工廠", "女工罷工"], ["滬西" + S + "曹家渡一帶紗廠女工、因廠方減低工資、昨日全體罷工、社會局" + S + "已派員調解、"],
          dl="本報訊", dl_truth="本報訊")
    p.art(["美國", "新任公使"], ["美國政府今日發表、新任駐華公使某君、定下月啟程來華、"], dl="（路透社華盛頓三日電）",
          dl_truth="路透社華盛頓三日電")
    p.art(["歐洲戰雲"], ["歐洲近日形勢緊張、各國紛紛擴充軍備、識者咸謂大戰恐難避免。"], byline="黃葉譯", reporters=["黃葉"],
          lone=True)
    p.art(["百歲壽星"], ["浦東某鄉有老婦、今年一百零二歲、耳聰目明、尚能操作家務、鄉人咸稱\ue0c4事、"], sig="田夫")
    return p


@page
def tabloid_f():
    p = Page("tabloid-f", 9, T30 + ", front page of many short items, masthead and slogans, width 9")
    p.furn("小晨報", "中華民國二十五年三月八日", "零售每份銅元三枚")
    p.furn("勿忘國恥")
    p.art(["國府", "明令嘉獎"], ["國民政府今日明令、嘉獎救災出力人員、計三十餘人、"], dl="（中央社南京七日電）",
          dl_truth="中央社南京七日電")
    p.art(["粵省", "大雨成災"], ["粵省連日大雨、西江水漲、沿岸田禾多被淹沒、"], dl="（廣州七日電）", dl_truth="廣州七日電")
    p.art(["津市", "查禁烟館"], ["津市當局、近日嚴厲查禁烟館、已封閉二十餘家、"], dl="（天津七日電）", dl_truth="天津七日電")
    p.art(["市長", "視察閘北"], ["市長昨日上午、赴閘北視察災區、慰問難民、並令撥款賑濟、"], dl="本報訊", dl_truth="本報訊")
    p.art(["金價", "又漲"], ["標金昨日又漲、收盤價較前日高出十餘元、"])
    p.art(["影院", "新片預告"], ["國泰影院下週起映美國新片、票價分三角五角兩種、"])
    p.advert("雙龍牌墨水", "色澤鮮明", "文具店均有代售", "電話四四五六號")
    p.art(["學校", "放春假"], ["各校定下週放春假一星期、學生多結伴出遊、"], sig="阿青")
    p.furn("請用國貨")
    return p


@page
def modern_hans_a():
    p = Page("modern-hans-a", 18, "invented in the style of a local daily today, simplified, width 18", kinsoku=True)
    p.furn("2024年3月12日" + S + "星期二", "A3版" + S + "要闻")
    p.art(["老旧小区改造", "今年启动四十个"],
          ["今年我市将启动四十个老旧小区改造项目，涉及居民一万二千余户。记者从市住建局获悉，改造内容包括管网更新、加装电梯和增设充电桩等。",
           "据介绍，项目将分三批实施，首批十二个小区已于本月开工，预计年底前完工。"],
          dl="本报讯", dl_truth="本报讯", byline="■记者 唐一鸣 通讯员 方晓", reporters=["唐一鸣"], correspondents=["方晓"],
          indent=True)
    p.art(["春季招聘会吸引万人求职"],
          ["3月10日，我市春季大型招聘会在会展中心举行，三百余家企业提供岗位八千多个，吸引求职者一万余人次。",
           "现场，不少企业负责人表示，今年招聘需求比去年明显增加，技术工人尤其紧缺。一家机械企业的人事经理说，他们计划招收"],
          dl="本报讯（记者 孙可 通讯员 林海燕）", dl_truth="本报讯", reporters=["孙可"], correspondents=["林海燕"], indent=True,
          jump_to="（下转第3版）")
    p.art(["图书馆延长开放时间"], ["记者昨天从市图书馆了解到，自4月1日起，该馆周末开放时间延长至晚上九点，方便上班族借阅。"],
          byline="■记者 何蕾", reporters=["何蕾"], indent=True)
    p.furn("责任编辑：周敏" + S + "美编：陈立")
    return p


@page
def modern_hans_b():
    p = Page("modern-hans-b", 20, "invented in the style of a local daily today, simplified, width 20", kinsoku=True)
    p.furn("第5版" + S + "社会")
    p.art(["地铁三号线"], ["同时，相关部门将加强对施工现场的监管，确保工程质量和安全。据悉，三号线全线预计明年六月通车。"],
          jump_from="（上接第1版）", gap=False, indent=True)
    p.art(["一家三代的", "植树情"],
          ["每年春天，家住城南的老周都会带着儿子和孙子，到郊外的林场种上几棵树。这个习惯，已经坚持了二十多年。",
           "“树种下了，根就留下了。”老周笑着说。"],
          byline="通讯员 郑小雨", correspondents=["郑小雨"], indent=True)
    p.art(["春到湿地"], ["近日，城东湿地公园桃花盛开，吸引市民前来踏青赏花。"], photo=True, photographers=["李想"],
          after=["■摄影 李想"], gap=False)
    p.art(["消防安全进校园"], ["近日，市消防救援支队走进实验小学，为师生上了一堂生动的消防安全课。"],
          dl="本报讯", dl_truth="本报讯", byline="通讯员 王晨", byline_after=True, correspondents=["王晨"], indent=True)
    p.art(["夜市经济持续升温"],
          ["随着气温回升，我市各大夜市人气渐旺。记者走访发现，城西美食街晚上八点后人流如织。",
           "摊主小刘告诉记者，今年开春以来，他的营业额比去年同期增长了三成。",
           "业内人士认为，夜间消费已成为拉动内需的新亮点。"],
          dl="本报讯（记者 钱多多）", dl_truth="本报讯", reporters=["钱多多"], indent=True)
    p.furn("责任编辑 刘洋")
    return p


@page
def modern_hant_a():
    p = Page("modern-hant-a", 16, "invented in the style of a traditional-script daily today, width 16", kinsoku=True)
    p.furn("A4版" + S + "港聞")
    p.art(["天水新村", "增建社區會堂"],
          ["天水新村居民期待多年的社區會堂昨日動工，預計明年夏天落成，可容納三百人。",
           "區議員表示，會堂落成後將舉辦長者活動及青少年課程。"],
          dl="本報訊", dl_truth="本報訊", byline="記者 陳嘉欣", reporters=["陳嘉欣"], indent=True)
    # a short first deck over a much longer one is headline and subheadline (the demo truth's convention)
    p.art(["颱風逼近"], sub="天文台考慮改發八號信號", paras=
          ["強颱風正向本港逼近，天文台表示，今日下午將考慮改發八號烈風信號。市民應盡早做好防風準備。"],
          dl="本報訊（記者 林志偉）", dl_truth="本報訊", reporters=["林志偉"], indent=True)
    p.art(["舊區重建計劃諮詢展開"],
          ["市區重建局昨日展開舊區重建計劃公眾諮詢，為期兩個月。",
           "有居民憂慮賠償不足，希望當局多聽意見，又指部分舊樓業主多為長者，搬遷後難以適應新環境，當局應"],
          byline="記者 黃子健", reporters=["黃子健"], indent=True, jump_to="（轉A6版）")
    p.art(["市民踴躍參觀花展"], ["一年一度的花卉展覽昨日開幕，吸引大批市民入場參觀，場內人頭湧湧。"],
          dl="本報訊", dl_truth="本報訊", after=["記者 張美玲／攝"], photographers=["張美玲"], indent=True)
    p.furn("責任編輯：何家明")
    return p


@page
def modern_hant_b():
    p = Page("modern-hant-b", 15, "invented in the style of a traditional-script daily today, width 15", kinsoku=True)
    p.art(["央行宣布", "維持利率不變"],
          ["中央銀行昨日召開理監事會，決議維持政策利率不變，符合市場預期。",
           "央行總裁表示，國內通膨已趨緩，但仍須密切留意國際情勢。"],
          dl="本報訊", dl_truth="本報訊", indent=True)
    p.art(["電動車銷量創新高"],
          ["今年第一季電動車銷量突破兩萬輛，較去年同期成長近五成，創下歷史新高。",
           "業者分析，充電站普及與補助政策是主要原因。"],
          byline="記者 蔡宜君", reporters=["蔡宜君"], indent=True)
    p.advert("新春特賣" + S + "全場八折", "地址：中山北路二段88號", "訂購專線：(02)2345-6789")
    p.art(["社區長者", "共享午餐"], ["里辦公處每週三為社區長者準備午餐，志工們一早便忙著洗菜切菜，長者們吃得開心。"],
          dl="本報訊（通訊員 吳佩珊）", dl_truth="本報訊", correspondents=["吳佩珊"], indent=True)
    p.art(["捷運延伸線", "年底通車"], ["捷運延伸線工程進度超前，預計年底前通車，屆時往返兩地只需二十分鐘。"],
          dl="（中央社記者王小明台北12日電）", dl_truth="中央社記者王小明台北12日電", indent=True)
    p.furn("責任編輯 林怡君")
    return p
