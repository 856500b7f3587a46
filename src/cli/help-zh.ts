/**
 * `--help` in Chinese (`--lang zh` or a zh locale): every option's and argument's description,
 * each command's summary, commander's headings and its usage errors. Loaded only for Chinese.
 * Keys: `--flag`, or `command --flag` where commands word a flag differently.
 */
import type { CommandName } from '../commands/catalog.js';

export const COMMANDS_ZH: Record<CommandName, string> = {
  estimate: '按白皮书公式,由销售预测算出每天的售前咨询量与客服人数',
  roster: '按需求排出最优班表:高峰加权,任何人连续值班不超过 12 小时',
  erlang: '排队计算器:达到服务水平目标所需的客服人数(Erlang C;加 --patience 为 Erlang A)',
  check: '检查班表(本工具或手工制作)是否违规:12 小时连续值班、休息、重叠、可上班时间、工时、覆盖',
  replan: '从 --now 起以最少改动修改已发布的班表:大促夜间调配、病假顶班;12 小时上限计入已上时长',
  calibrate: '由去年的客服绩效与店铺导出算出公式的比例(客服销售占比、客单价、转化率、饱和接待量),并回测',
  init: '写出待填写的预测、历史、人员、班次文件和 cs-plan.config.json',
};

export const OPTIONS_ZH: Record<string, string> = {
  '--agent-days':
    '每位客服每天一行的导出(赤兔 / 千牛 客服绩效):日期、客服(旺旺)、接待人数、询单人数、询单→最终付款人数、询单→最终付款金额,可选 在线时长',
  '--store': '店铺每天一行(生意参谋):日期、销售额,可选 支付买家数、售后咨询人数、机器人接待人数',
  '--campaign': '去年的大促日期,例如 2025-11-11 或 2025-11-11..2025-11-12;前一天为前夜',
  '--percentile': '取每个客服日接待人数的第几百分位作为饱和接待量',
  '--min-online': '在线不足这么多小时的客服日不计入接待能力',
  'calibrate --history': '去年每小时的咨询量(与 roster 读取的相同):加 --backtest 时也回测每天最忙的时段',
  '--backtest': '用这些比例对去年的店铺销售额运行公式,与实际逐日比较',
  'calibrate --force': '替换 --out 配置文件中已有的键(默认保留)',
  'calibrate --out':
    '把校准后的配置写入 FILE.json(与已有文件合并),或把各项数字(加 --backtest 时为回测)写入 FILE.csv;- 表示标准输出',
  '--explain': '逐行列出公式的每一步和数字',
  '--sales': '某一天的销售额预测,例如 500000、¥1,000,000、100万,或区间 300万..450万',
  '--sales-case':
    '销售额为区间时(300万..450万,或 sales_low 与 sales_high 列):按下限(low)、中值(mid)或上限(high)做计划(默认 high)',
  '--forecast': '每天一行的 CSV:日期、销售额,以及可选的逐行比例',
  '--cs-share': '经客服成交的销售额占比,例如 30%(客服销售占比)',
  '--aov': '客服成交订单的平均客单价(客服客单价)',
  '--conversion': '询单转化率,例如 40%',
  '--capacity': '一名客服每天能接待的咨询量(客服饱和接待量)',
  '--bot-rate': '机器人独立解决的咨询占比(机器人分流)',
  '--date': '--sales 那一天的标签,例如 2026-11-11',
  '--date-format': '如何读 a/b/yyyy 形式的日期:MDY(11/10/2026 = 11 月 10 日)或 DMY',
  '--after-sales-rate': '每笔订单带来的售后咨询,例如 8%;开启售后波峰;0 为关闭',
  '--after-sales-days': '一笔订单自成交日起产生售后咨询的天数(默认 7)',
  '--after-sales-curve': '自成交日起每天的售后咨询占比,例如 40,25,15,10,5,5(默认:每天为前一天的 0.7)',
  '--after-sales-capacity': '一名客服每天能处理的售后咨询量(默认:--capacity)',
  '--store-aov': '全店平均客单价,用于把销售额换算成订单数(默认:--aov)',
  '--format': '输出格式(默认:表格,或按 --out 的扩展名)',
  'init --format': '把模板写成 CSV 文件或 Excel 工作簿',
  '--out': '把结果写入 FILE(.csv、.json 或 .xlsx),不在终端显示;- 表示标准输出',
  'roster --out':
    '把班次(agent,date,start,end,hours,role,break_start,break_end,pattern)写入 FILE(.csv 或 .json),或把整份排班写入 FILE.xlsx(排班表、班次、覆盖、概要);- 表示标准输出',
  'replan --out':
    '把整份新排班(agent,date,start,end,hours,role,break_start,break_end,pattern)写入 FILE(.csv 或 .json);- 表示标准输出',
  '--wide': '表格全宽显示所有列,不论终端多窄',
  '--sheet': '读取 .xlsx 输入文件中的哪个工作表(默认:第一个)',
  '--encoding':
    'CSV 输出的编码(默认 UTF-8;旧版 Excel 用 gbk),以及既非 UTF-8 又无 BOM 的输入文件的编码(默认 GB18030,例如 big5)',
  '--lang': '提示与消息的语言(默认:按 LANG)',
  '--no-input': '从不提问;缺少的值直接报错',
  '--config': '存放默认选项值的 JSON 文件(键名为驼峰式,例如 "csShare")',
  '--debug': '出错时显示调用栈',
  '--min-shift': '最短班次(小时)',
  '--max-shift': '最长班次;不超过 12 小时',
  'check --max-shift': '最长连续值班;不超过 12 小时',
  '--min-rest': '同一人两个班次之间的最少休息(小时)',
  'check --min-rest': '同一人两段值班之间的最少休息(小时)',
  '--shifts': '允许的班次(name,start,end),例如 templates/shift-patterns.csv',
  'check --shifts': '班次(name,start,end):排班表中班次名的时间;按时刻匹配到班次的行以其命名,供 --forbid 使用',
  'replan --shifts': '班次(name,start,end):新增和调整的班次取这些班次;不给时整点开始、整小时长',
  '--staff': '可排人员(name,可选 max_hours、available_from、available_to、unavailable、role、prefers)',
  'check --staff': '按此人员文件检查可上班时间(available_from/_to)和 max_hours',
  'replan --staff': '可排人员及其限制(name、max_hours、available_from、available_to、unavailable、role)',
  '--headcount': '最多这么多人(命名为 A001、A002……)',
  '--minimise':
    '先优化什么:总工时(hours);人数不限时也可选人数(people:覆盖需求的最小团队);有 --staff 或 --temps 时可选成本(cost:工资、日薪、加班费、外包,单位元)',
  '--temps': '在 --staff 之外再加 N 名临时客服(命名为 T001、T002、…)',
  '--temp-daily-cost': '一名临时客服每上一天的成本(日薪);给多个(250,300,350)则打印假设分析表:每个日薪下成本最低的组合',
  '--temp-hourly-cost': '一名临时客服每小时的成本',
  '--temp-min-hours': '临时客服最短的班次时长,例如 4',
  '--outsource-price': '配合 --minimise cost:外包团队可按每个咨询此价格接待售前咨询',
  '--outsource-hourly': '配合 --minimise cost:外包团队改为按所接需求的人时计价',
  '--unmet-cost': '配合 --minimise cost:一个未接待的售前咨询对你的成本;若更便宜,排班可让高峰缺人(会明确显示)',
  '--bot-max':
    '配合 --minimise cost:机器人最多可接每小时售前需求的这一比例,例如 40%;由优化器决定用多少(需 --bot-rate 0)',
  '--bot-cost': '机器人每接一个咨询的成本(默认 0)',
  '--outsource-max': '外包团队最多可接的售前需求占比(默认 100%)',
  '--overtime-after':
    '配合 --minimise cost:每个周一至周日的周内超过此小时数后,--staff 中有 overtime_cost 的人按加班费计(默认 40;排班只覆盖部分天数的周按天数比例计)',
  '--forbid': '日常排班:同一人相邻两天不可连排的班次,例如 晚班>白班(逗号分隔)',
  'check --forbid': '同一人相邻两天不可连排的班次对,例如 晚班>白班(需 --shifts)',
  'replan --forbid': '同一人相邻两天不可连排的班次,例如 晚班>白班(需 --shifts)',
  '--balance-hours': '日常排班:全职人员之间工时的最大差距;min 为尽量缩小(软目标);或两者:16,min',
  '--stable': '日常排班:尽量让每人固定一个班次(在总工时最少之后)',
  '--fair': '软目标:在全职人员间均分夜班(涉及 00:00–06:00)和/或周末班:nights、weekends 或 nights,weekends',
  '--prefers-weight': '日常排班:排到 prefers(人员文件)以外的班次,相当于改变几次常用班次(默认 1)',
  '--break':
    '长班次中的用餐休息,例如 60m-after-4h;只在用餐时段内:60m-after-4h@11:00-13:30,17:00-19:30(按需求安排;不计入覆盖)',
  'check --break':
    '用餐休息(break_start、break_end 列):例如 60m-after-4h,超过 4 小时的班次须有 60 分钟休息,且不再有更长的连续工作;@11:00-13:30,17:00-19:30:须在这些时段内',
  'replan --break': '长班次中的用餐休息,例如 60m-after-6h@11:00-14:00,18:00-20:00:新增和调整的班次按规则安排',
  '--days-off-per-week': '每人在任意连续 7 天中至少休息的整天数(0:不限)',
  '--week': '按任意连续 7 天(rolling)或按周一至周日(monday)计算休息日',
  '--max-consecutive-days': '每人最多连续上班的天数',
  '--max-hours-week': '每人每周(周一至周日)最多工作的小时数',
  '--work-days-per-week':
    '合同:任意 7 天中恰好上班这么多天(5:做五休二,6:做六休一),适用于无 max_hours 且 7 天都可上班的人',
  '--days-off-together': '合同:休息日至少连休这么多天(2:上班日之间不出现单休)',
  '--min-hours-week': '合同:每周(周一至周日)最少工时,适用于无 max_hours 且整周可上班的人',
  '--time-limit': '求解器运行到这么久就停止,采用找到的最好排班(秒)',
  'replan --time-limit': '求解器运行到这么久就停止,采用找到的最好改动(秒)',
  '--coverage': '同时写出每个时段的 slot_start,inquiries,required,scheduled,shortfall(及售后列)',
  '--grid': '同时写出排班表(.csv 或 .xlsx):每人一行,每天一列,格内为班次(班次名或时间)或 休',
  'replan --grid': '同时写出新的排班表(.csv 或 .xlsx)',
  '--report': '同时写出独立的 HTML 报告:排班表、需求与安排、班次甘特图、设置(A4 横向打印)',
  'check --report': '同时写出独立的 HTML 报告,在班次甘特图上标出违规',
  'replan --report': '同时写出 HTML 报告:改动、需求与新排班、新排班的甘特图',
  '--history': '历史每小时咨询量(datetime,inquiries 或 date,hour,inquiries),给出每天的曲线形状',
  '--align':
    '哪一天的历史决定预测日的形状:date(往年同一天)、weekday(同星期几的平均)、position、average,或指定如 2026-11-11=2025-11-12',
  '--profile': '--align position|average 的旧名称',
  '--demand': '每个时段的咨询量(datetime,inquiries);跳过公式和历史',
  '--open': '服务时间,例如 09:00-24:00 或 08:00-12:00,13:00-24:00:其余时段关闭、无需客服',
  '--closed-demand': '关闭期间到来的咨询:开门后接待(carry),或交给机器人(drop)',
  '--inquiries-column': '历史或需求文件有多个咨询量列(咨询人数、接待人数)时,读取哪一列',
  '--duplicates': '历史或需求文件中重复的时间行:报错(error),或相加(sum,按渠道拆分的导出)',
  '--slot': '时段长度(分钟)',
  '--hourly-capacity': '一名客服每小时能接待的咨询量(默认:--capacity ÷ --work-hours)',
  '--work-hours': '--capacity 对应的工作小时数,用来推算每小时接待量',
  '--model': '每个时段的人数:接待量规则(capacity),或排队模型(erlang:Erlang C;加 --patience 为 Erlang A)',
  '--aht': '一次接待的平均处理时长,分钟(或 180s)',
  'erlang --aht': '一次接待的平均处理时长,分钟(或 180s);逗号分隔多个值得到假设分析表',
  '--target': '服务水平目标,例如 80/20(80% 在 20 秒内应答)或 0.8/45',
  'erlang --target': '服务水平目标,例如 80/20(80% 在 20 秒内应答)或 0.8/45;逗号分隔多个值得到假设分析表',
  '--max-occupancy': '客服忙碌时间的最高占比',
  'erlang --max-occupancy': '客服忙碌时间的最高占比;逗号分隔多个值得到假设分析表',
  '--shrinkage': '不在线的带薪时间占比(休息、会议、缺勤)',
  'erlang --shrinkage': '不在线的带薪时间占比(休息、会议、缺勤);逗号分隔多个值得到假设分析表',
  '--concurrency': '一名客服同时接待的会话数',
  'erlang --concurrency': '一名客服同时接待的会话数;逗号分隔多个值得到假设分析表',
  '--concurrency-factor': '一名客服的有效接待能力,覆盖 --concurrency 的对照表',
  'erlang --concurrency-factor': '一名客服的有效接待能力,覆盖 --concurrency 的对照表;逗号分隔多个值得到假设分析表',
  '--patience': '买家放弃前的平均等待时间;切换为 Erlang A',
  'erlang --patience': '买家放弃前的平均等待时间;切换为 Erlang A;逗号分隔多个值得到假设分析表',
  '--max-abandon': '配合 --patience:可接受的最高放弃率,例如 5%',
  'erlang --max-abandon': '配合 --patience:可接受的最高放弃率,例如 5%;逗号分隔多个值得到假设分析表',
  '--after-sales-hourly-capacity': '一名客服每小时能处理的售后咨询量(默认:--after-sales-capacity ÷ --work-hours)',
  '--after-sales-defer': '售前优先时,售后工作最多可等待的小时数(默认 4,最多 72)',
  '--after-sales-history': '历史每小时售后咨询量,给出一天内的形状(默认:--history 的形状)',
  '--volume': '时段内到来的咨询量;逗号分隔多个值得到假设分析表',
  '--interval': '时段长度(分钟)',
  '--agents': '计算 N 名在线客服能达到的效果,而不是求人数;逗号分隔得到表',
  '--max-break': '不超过这么长的间隔算作一段值班中的休息(如用餐),而不算休息期',
  '--roster': '已发布的班表(.csv 或 .xlsx):agent,date,start,end 列表或排班表,与 check 读取的相同',
  '--now': '重排的起点时刻,例如 "2026-11-11 01:00":此前的一切按已上班处理',
  '--notice': '在 now + notice 之前开始的班次不可调整或取消;召回的人也不早于此时上班',
  '--notice-end': '进行中的值班不早于 now + 此时长结束',
  '--actuals': '到目前为止每个时段的实际咨询量(历史格式:时间、咨询量),用来缩放后续需求',
  '--trend-hours': '配合 --actuals:比较最近这么多小时的实际与计划咨询量',
  '--trend-min': '配合 --actuals:需求至少乘以此倍数(×)',
  '--trend-max': '配合 --actuals:需求至多乘以此倍数(×)',
  '--on-call': '可召回的人员(人员文件的列:name、available_from、available_to、max_hours、role)',
  '--unavailable': '从现在起不能上班的人,例如 小王:2026-12-10..2026-12-11(可重复)',
  '--call-in-weight': '一次召回算作几处改动',
  '--changes': '同时写出改动清单(agent,change,old_start,old_end,new_start,new_end,hours_before,hours_after)',
  '--force': '覆盖已存在的文件',
  '--version': '显示版本号',
  '--help': '显示命令帮助',
};

export const ARGUMENTS_ZH: Record<string, string> = {
  'check roster':
    '班表(.csv 或 .xlsx):agent,date,start,end 列表(中文表头 姓名/客服、日期、开始、结束;分段班次写成多行),或排班表:一列姓名,之后每天一列,格内写 09:00-17:30、班次名(--shifts)或 休',
  'init dir': '写入的文件夹(不存在则创建)',
};

/** Commander's own words in help text, in Chinese. */
export function helpTextZh(text: string): string {
  return text
    .replace(/^Usage:/gm, '用法:')
    .replace(/^Options:$/gm, '选项:')
    .replace(/^Commands:$/gm, '命令:')
    .replace(/^Arguments:$/gm, '参数:')
    .replace(/\(default: /g, '(默认:')
    .replace(/\(choices: /g, '(可选:')
    .replace(/display help for command/g, '显示命令帮助')
    .replace(/output the version number/g, '显示版本号')
    .replace(/^Examples:$/gm, '示例:');
}

/** Commander's usage errors, in Chinese (the flag or value they name kept as typed). */
export function usageErrorZh(text: string): string {
  return text
    .replace(/^error: unknown option '([^']*)'/m, "错误: 未知选项 '$1'")
    .replace(/^error: unknown command '([^']*)'/m, "错误: 未知命令 '$1'")
    .replace(/^error: option '([^']*)' argument missing/m, "错误: 选项 '$1' 缺少取值")
    .replace(/^error: missing required argument '([^']*)'/m, "错误: 缺少必需的参数 '$1'")
    .replace(
      /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./m,
      (_m, _c, expected: string, got: string) => `错误: 参数过多,应为 ${expected} 个,实际 ${got} 个。`,
    )
    .replace(
      /^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are ([^.]*)\./m,
      "错误: 选项 '$1' 的取值 '$2' 无效,可选:$3。",
    )
    .replace(/\(Did you mean ([^?]*)\?\)/g, '(是否想输入 $1?)')
    .replace(/\(add --help for usage\)/g, '(加 --help 查看用法)');
}
