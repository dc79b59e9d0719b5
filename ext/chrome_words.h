/*
 * chrome_words.h — the closed word lists of gw_speeches (contract §3), kept as data.
 *
 * Each list is sorted in byte order (tests/unit/test_speeches.c checks it) and
 * holds simplified and traditional forms alike. A word ending in ':' must be
 * followed by a colon (':' or '：') where it is found.
 */
#ifndef GW_CHROME_WORDS_H
#define GW_CHROME_WORDS_H

#include <stdint.h>

/* Headings of the lists that follow an article (related, recommended, tags):
 * a short line that starts with one ends the speech; what follows is chrome. */
static const char *const gw_stop_words[] = {
    "上一篇",       "下一篇",   "为你推荐",   "为您推荐",   "也许你还喜欢", "你可能感兴趣",
    "其他人还看了", "发表评论", "大家正在看", "大家都在看", "延伸閱讀",     "延伸阅读",
    "换一换",       "推荐文章", "推荐访问",   "推荐阅读",   "推薦閱讀",     "換一換",
    "文章标签",     "更多相关", "最新推荐",   "最新文章",   "本周热门",     "本文标签",
    "本月热门",     "标签",     "標簽",       "標籤",       "為你推薦",     "热门推荐",
    "热门搜索",     "热门文章", "热门标签",   "热门阅读",   "熱門推薦",     "熱門文章",
    "熱門標簽",     "熱門標籤", "猜你喜欢",   "猜你喜歡",   "猜你感兴趣",   "發表評論",
    "相关内容",     "相关推荐", "相关搜索",   "相关文章",   "相关范文",     "相关阅读",
    "相關內容",     "相關推薦", "相關文章",   "相關閱讀",   "精彩推荐",     "精彩推薦",
    "網友評論",     "网友评论", "评论区",
};

/* Paywall and truncation notices: a short line holding one is chrome and
 * marks its speech truncated. */
static const char *const gw_notice_words[] = {
    "付費閱讀",   "付费阅读",   "会员可完整阅读", "余下全文",   "免費閱讀",   "免费阅读",
    "全文共",     "内容已省略", "剩余内容",       "剩余未读",   "展开全文",   "展開全文",
    "开通会员",   "当前显示",   "會員可完整閱讀", "未完待續",   "未完待续",   "查看全文",
    "當前顯示",   "登录后可",   "登录后查看",     "登录后阅读", "登陆后查看", "繼續閱讀",
    "继续阅读",   "购买后阅读", "開通會員",       "閱讀全文",   "閱讀已結束", "阅读全文",
    "阅读已结束", "需要先登录", "需要先登錄",     "需要先登陆", "需要先登陸", "需要登录",
    "餘下全文",
};

/* Site furniture (navigation, metadata, counts, sharing, QR codes,
 * copyright, ICP, uploads, downloads): a short line holding one is chrome. */
static const char *const gw_chrome_words[] = {
    "COPYRIGHT",  "Copyright",  "ICP",          "QQ",       "©",        "上一页",   "上传时间",
    "上传者",     "下一页",     "下載",         "下载",     "举报",     "二維碼",   "二维码",
    "人气:",      "人氣:",      "会员上传",     "作者:",    "來源:",    "保存成功", "免責聲明",
    "免责声明",   "免费注册",   "公众号",       "公眾號",   "公网安备", "关注我们", "关闭窗口",
    "分享:",      "分享到",     "分享本文",     "加入收藏", "发布日期", "发布时间", "发表时间",
    "发表评论",   "备案号",     "大小:",        "字号",     "字號",     "客服",     "当前位置",
    "微信扫一扫", "微信掃一掃", "您现在的位置", "您的位置", "所在位置", "打印本文", "打印本页",
    "打赏",       "扫一扫",     "扫码下载",     "扫码关注", "扫码阅读", "掃一掃",   "收藏本文",
    "收藏本站",   "文档",       "文档描述",     "文檔",     "日期:",    "时间:",    "時間:",
    "更新时间",   "更新時間",   "来源:",        "格式:",    "浏览:",    "浏览次数", "浏览量",
    "瀏覽次數",   "瀏覽量",     "点击数",       "点击次数", "点击量",   "点赞",     "版权声明",
    "版权所有",   "版權所有",   "用户上传",     "當前位置", "登录",     "登錄",     "發佈時間",
    "發布時間",   "編輯:",      "编辑:",        "编辑使用", "网友评论", "网站首页", "联系我们",
    "聯繫我們",   "舉報",       "訂閱號",       "订阅号",   "責任編輯", "责任编辑", "资源描述",
    "返回頂部",   "返回顶部",   "返回首页",     "閱讀量",   "關注我們", "關閉窗口", "阅读:",
    "阅读次数",   "阅读量",     "页数:",        "首頁",     "首页",     "點擊",
};

/* Editor's lead-ins and news lines announcing the text: a line before the
 * body holding one is chrome. */
static const char *const gw_leadin_words[] = {
    "为大家分享",         "为大家带来",   "为大家推荐", "为大家收集", "为大家整理",
    "为您整理",           "仅供参考",     "以下为全文", "僅供參考",   "全文如下",
    "刊載全文",           "刊载全文",     "小編",       "小编",       "希望对你有所帮助",
    "希望对大家有所帮助", "希望能帮助到", "本站",       "欢迎借鉴",   "欢迎品鉴",
    "欢迎阅读",           "歡迎品鑒",     "歡迎閱讀",   "演辞内容",   "演辭內容",
    "為大家帶來",         "為大家推薦",   "為大家收集", "為大家整理", "為您整理",
    "现将全文",           "精心收集",     "精心整理",   "給大家推薦", "給大家整理",
    "给大家分享",         "给大家推荐",   "给大家整理", "网友整理",   "講話全文",
    "講話如下",           "讲话全文",     "讲话如下",
};

/* Footer phrases that can sit inside a paragraph: the sentence holding one
 * is cut out of the line. */
static const char *const gw_inline_words[] = {
    "下載後可任意編輯", "下载后可任意编辑", "仅供学习交流", "來源於網絡", "侵权请联系",
    "僅供學習交流",     "免責聲明",         "免责声明",     "原文地址",   "原文链接",
    "如有侵权",         "如有侵權",         "文档来源于",   "文章来源于", "本文來自",
    "本文地址",         "本文来源于",       "本文来自",     "本文由",     "来源于网络",
    "版权归",           "版权所有",         "版權所有",     "版權歸",     "联系删除",
    "聯繫刪除",         "轉載請註明",       "转载请注明",
};

/* Inside a bracket, e.g. (未完,全文共N字,当前显示M字): the bracket is cut
 * out and the speech marked truncated. */
static const char *const gw_bracket_notice_words[] = {
    "付费", "会员", "全文共", "剩余", "当前显示", "會員",     "未完",     "當前顯示",
    "登录", "登錄", "登陆",   "省略", "閱讀全文", "阅读全文", "需要先登",
};

/* At the end of a paragraph line, followed by no Han character
 * (……阅读全文>>): cut out, and the speech marked truncated. */
static const char *const gw_trailing_notice_words[] = {
    "展开全文", "展開全文", "查看全文", "点击阅读", "繼續閱讀",
    "继续阅读", "閱讀全文", "阅读全文", "阅读更多",
};

/* Words by which a title names a speech. */
static const char *const gw_kind_words[] = {
    "主持詞", "主持词", "党课", "发言", "報告", "报告", "演說", "演講", "演讲", "演说",
    "演辞",   "演辭",   "点评", "發言", "致詞", "致词", "致辞", "致辭", "講演", "講稿",
    "講評",   "講話",   "讲演", "讲稿", "讲评", "讲话", "賀詞", "贺词", "點評", "黨課",
};

/* Speaker roles that end the part of a title before the kind word
 * (疫情防控工作部署会领导讲话 → 领导). */
static const char *const gw_role_words[] = {
    "主任",   "主席",   "主持人", "乡长", "书记", "代表",   "会长",   "党员",   "区长", "區長",
    "厅长",   "县长",   "嘉宾",   "嘉賓", "处长", "委员",   "委員",   "学生",   "學生", "家長",
    "家长",   "局長",   "局长",   "州長", "州长", "市長",   "市长",   "干部",   "幹部", "廳長",
    "总理",   "总经理", "所長",   "所长", "教师", "教師",   "新生",   "旗長",   "旗长", "書記",
    "會長",   "村長",   "村长",   "校長", "校长", "班主任", "省長",   "省长",   "社長", "社长",
    "秘书长", "秘書長", "站長",   "站长", "經理", "縣長",   "總理",   "總經理", "经理", "老师",
    "老師",   "董事長", "董事长", "處長", "行長", "行长",   "負責人", "负责人", "部長", "部长",
    "鄉長",   "鎮長",   "镇长",   "院長", "院长", "領導",   "领导",   "黨員",
};

/* What may stand before a role and belongs to it (县委 + 书记). */
static const char *const gw_role_prefixes[] = {
    "乡党委", "党委", "党组", "副",       "区委", "區委", "县委",   "執行", "市委",
    "常务",   "常務", "执行", "村党支部", "省委", "縣委", "镇党委", "黨委", "黨組",
};

/* Site decoration at the end of a title, bare or in brackets
 * (范文, (通用9篇), 【优秀范文】). */
static const char *const gw_title_decor[] = {
    "优秀", "優秀", "全文", "原创", "原創", "合集", "大全", "彙編", "推荐", "推薦", "最新",
    "模板", "汇编", "範文", "範本", "精选", "精選", "范文", "范本", "通用", "集合",
};

/* A line that is one of these opens a site-made outline. */
static const char *const gw_outline_words[] = {
    "内容提纲", "内容目录", "提綱", "提纲", "文章目录", "本文目录", "目录", "目錄",
};

/* Last characters of a word naming a meeting (会, 会议, 典礼, 仪式, 论坛, 开班, 开幕 …). */
static const uint32_t gw_meeting_finals[] = {
    0x4F1A /* 会 */, 0x5178 /* 典 */, 0x575B /* 坛 */, 0x58C7 /* 壇 */, 0x5E55 /* 幕 */,
    0x5F0F /* 式 */, 0x6703 /* 會 */, 0x73ED /* 班 */, 0x793C /* 礼 */, 0x79AE /* 禮 */,
    0x8AC7 /* 談 */, 0x8B70 /* 議 */, 0x8BAE /* 议 */, 0x8C08 /* 谈 */,
};

#endif
