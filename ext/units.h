/*
 * units.h — the closed word lists of gw_numbers (contract §5), as data.
 *
 * Each table is sorted by the bytes of its first field (strcmp order), so a
 * lookup is a binary search; tests/unit/test_numbers.c checks the order.
 * Written forms cover simplified and traditional characters; the second
 * field is what gw_numbers shows, always simplified.
 */
#ifndef GW_UNITS_H
#define GW_UNITS_H

/* A unit or measure word after a number: written form, unit shown, kind. */
typedef struct gw_unit {
    const char *text; /* as written */
    const char *unit; /* in simplified characters */
    const char *kind; /* count money duration percent ordinal */
} gw_unit;

/* A qualifier: written form and simplified form. */
typedef struct gw_word {
    const char *text; /* as written */
    const char *simp; /* in simplified characters */
} gw_word;

/* Measure words and units. 成 is tenths, shown as % (八成 = 80 %). */
static const gw_unit gw_units[] = {
    {"%", "%", "percent"},
    {"个", "个", "count"},
    {"个季度", "季度", "duration"},
    {"个小时", "小时", "duration"},
    {"个工作日", "工作日", "duration"},
    {"个星期", "星期", "duration"},
    {"个月", "个月", "duration"},
    {"个百分点", "百分点", "percent"},
    {"亩", "亩", "count"},
    {"人", "人", "count"},
    {"人份", "人份", "count"},
    {"人次", "人次", "count"},
    {"人民币", "人民币", "money"},
    {"人民幣", "人民币", "money"},
    {"件", "件", "count"},
    {"份", "份", "count"},
    {"位", "位", "count"},
    {"例", "例", "count"},
    {"個", "个", "count"},
    {"個季度", "季度", "duration"},
    {"個小時", "小时", "duration"},
    {"個工作日", "工作日", "duration"},
    {"個星期", "星期", "duration"},
    {"個月", "个月", "duration"},
    {"個百分點", "百分点", "percent"},
    {"倍", "倍", "count"},
    {"元", "元", "money"},
    {"克", "克", "count"},
    {"公斤", "公斤", "count"},
    {"公里", "公里", "count"},
    {"公頃", "公顷", "count"},
    {"公顷", "公顷", "count"},
    {"冊", "册", "count"},
    {"册", "册", "count"},
    {"分鐘", "分钟", "duration"},
    {"分钟", "分钟", "duration"},
    {"剂", "剂", "count"},
    {"副", "副", "count"},
    {"劑", "剂", "count"},
    {"升", "升", "count"},
    {"只", "只", "count"},
    {"台", "台", "count"},
    {"名", "名", "count"},
    {"吨", "吨", "count"},
    {"周", "周", "duration"},
    {"周岁", "周岁", "duration"},
    {"噸", "吨", "count"},
    {"场", "场", "count"},
    {"场次", "场次", "count"},
    {"块", "块", "money"},
    {"場", "场", "count"},
    {"場次", "场次", "count"},
    {"塊", "块", "money"},
    {"处", "处", "count"},
    {"天", "天", "duration"},
    {"头", "头", "count"},
    {"套", "套", "count"},
    {"季度", "季度", "duration"},
    {"宗", "宗", "count"},
    {"家", "家", "count"},
    {"小时", "小时", "duration"},
    {"小時", "小时", "duration"},
    {"层", "层", "count"},
    {"屆", "届", "ordinal"},
    {"届", "届", "ordinal"},
    {"層", "层", "count"},
    {"岁", "岁", "duration"},
    {"岗", "岗", "count"},
    {"崗", "岗", "count"},
    {"工作日", "工作日", "duration"},
    {"平方公里", "平方公里", "count"},
    {"平方米", "平方米", "count"},
    {"年", "年", "duration"},
    {"床", "床", "count"},
    {"座", "座", "count"},
    {"张", "张", "count"},
    {"張", "张", "count"},
    {"成", "%", "percent"},
    {"戶", "户", "count"},
    {"戶次", "户次", "count"},
    {"户", "户", "count"},
    {"户次", "户次", "count"},
    {"所", "所", "count"},
    {"批", "批", "count"},
    {"批次", "批次", "count"},
    {"支", "支", "count"},
    {"斤", "斤", "count"},
    {"新台币", "新台币", "money"},
    {"新臺幣", "新台币", "money"},
    {"日元", "日元", "money"},
    {"星期", "星期", "duration"},
    {"期", "期", "count"},
    {"本", "本", "count"},
    {"条", "条", "count"},
    {"枚", "枚", "count"},
    {"架", "架", "count"},
    {"架次", "架次", "count"},
    {"栋", "栋", "count"},
    {"株", "株", "count"},
    {"條", "条", "count"},
    {"棟", "栋", "count"},
    {"棵", "棵", "count"},
    {"次", "次", "count"},
    {"欧元", "欧元", "money"},
    {"歐元", "欧元", "money"},
    {"歲", "岁", "duration"},
    {"波", "波", "count"},
    {"港元", "港元", "money"},
    {"港币", "港币", "money"},
    {"港幣", "港币", "money"},
    {"澳元", "澳元", "money"},
    {"版", "版", "ordinal"},
    {"瓶", "瓶", "count"},
    {"畝", "亩", "count"},
    {"百分点", "百分点", "percent"},
    {"百分點", "百分点", "percent"},
    {"盒", "盒", "count"},
    {"种", "种", "count"},
    {"秒", "秒", "duration"},
    {"種", "种", "count"},
    {"立方米", "立方米", "count"},
    {"笔", "笔", "count"},
    {"筆", "笔", "count"},
    {"箱", "箱", "count"},
    {"篇", "篇", "count"},
    {"米", "米", "count"},
    {"类", "类", "count"},
    {"級", "级", "count"},
    {"組", "组", "count"},
    {"级", "级", "count"},
    {"组", "组", "count"},
    {"美元", "美元", "money"},
    {"臺", "台", "count"},
    {"艘", "艘", "count"},
    {"英鎊", "英镑", "money"},
    {"英镑", "英镑", "money"},
    {"處", "处", "count"},
    {"袋", "袋", "count"},
    {"起", "起", "count"},
    {"車次", "车次", "count"},
    {"輛", "辆", "count"},
    {"輪", "轮", "count"},
    {"车次", "车次", "count"},
    {"轮", "轮", "count"},
    {"辆", "辆", "count"},
    {"週", "周", "duration"},
    {"週歲", "周岁", "duration"},
    {"道", "道", "count"},
    {"部", "部", "count"},
    {"部門", "部门", "count"},
    {"部门", "部门", "count"},
    {"間", "间", "count"},
    {"间", "间", "count"},
    {"隻", "只", "count"},
    {"項", "项", "count"},
    {"頭", "头", "count"},
    {"類", "类", "count"},
    {"项", "项", "count"},
    {"％", "%", "percent"},
};

/* Qualifiers before a number: 约, 超过32亿元, 不少于***次. (近 before a duration
 * means "the past" and is dropped there.) */
static const gw_word gw_approx_before[] = {
    {"不低于", "不低于"}, {"不低於", "不低于"}, {"不到", "不到"}, {"不少于", "不少于"},
    {"不少於", "不少于"}, {"不满", "不满"},     {"不滿", "不满"}, {"不超过", "不超过"},
    {"不超過", "不超过"}, {"不足", "不足"},     {"大約", "大约"}, {"大约", "大约"},
    {"将近", "将近"},     {"將近", "将近"},     {"接近", "接近"}, {"最多", "最多"},
    {"突破", "突破"},     {"約", "约"},         {"约", "约"},     {"至少", "至少"},
    {"超过", "超过"},     {"超過", "超过"},     {"近", "近"},     {"逾", "逾"},
};

/* Qualifiers after a number and its unit: 96%以上, 90人左右. */
static const gw_word gw_approx_after[] = {
    {"上下", "上下"}, {"以上", "以上"}, {"以下", "以下"}, {"余", "余"},
    {"多", "多"},     {"左右", "左右"}, {"有余", "余"},   {"有餘", "余"},
    {"許", "许"},     {"许", "许"},     {"餘", "余"},
};

/* Qualifiers between a number and its multiplier or unit: 60餘萬名, 30多人. */
static const gw_word gw_approx_inside[] = {
    {"余", "余"},
    {"多", "多"},
    {"餘", "余"},
};

/* Words that start with a unit character: after a number they are not its
 * unit (来X返X人员 holds no count). */
static const char *const gw_unit_words[] = {
    "人们", "人們", "人员", "人員", "人士", "人心", "人民", "人生", "人类", "人類", "元素", "克服", "克难", "包括", "台阶", "台階", "名单", "名單", "周围", "周圍", "周边", "处理", "头脑", "套路", "层次", "层面", "層次", "層面", "岗位", "崗位", "年代", "年輕", "年轻", "成为", "成员", "成員", "成效", "成本", "成果", "成為", "所以", "支持", "期待", "期間", "期间", "本地", "本着", "本著", "条件", "條件", "次数", "次數", "波动", "波動", "波及", "波折", "波澜", "波瀾", "版本", "級別", "組合", "組建", "組成", "組織", "組長", "级别", "组合", "组建", "组成", "组织", "组长", "處理", "起來", "起来", "起点", "起點", "週邊", "道理", "道路", "部分", "部署", "頭腦"
};

#endif
