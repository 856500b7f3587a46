/**
 * Every sentence cs-plan shows a person, in English and Chinese. Machine-read names
 * (CSV columns, JSON fields) are not here: they stay English in every language.
 */
import type { ErrorLocation, MessageParams } from './errors.js';

export type Lang = 'en' | 'zh';

type Catalog = Record<string, string>;

const en: Catalog = {
  // values
  'value.notNumber': 'is not a number; write an amount such as 1000, 1,000, ¥1,000, 100万 or 1.2亿',
  'value.notRatio': 'is not a ratio; write a share such as 40% or 0.4',
  'value.negative': 'must not be negative',
  'value.mustBePositive': 'must be greater than 0',
  'value.ratioRange': 'must be above 0 and at most 100%; write a share such as 40% or 0.4',
  'value.ratioAboveOne': 'is above 100%; if you meant {percent}%, write "{percent}%" or {fraction}',
  'value.botRateRange': 'must be at least 0 and below 100% (a bot cannot take every chat)',
  'value.notInteger': 'must be a whole number',
  'value.intRange': 'must be a whole number from {min} to {max}',
  'value.empty': 'is empty, but {name} is required here; fill it in or delete the row',
  'value.oneOf': 'must be one of {choices}',
  'value.belowOne': 'must be at least 0 and below 100%, e.g. 30%',
  'value.atLeastOne': 'must be 1 or more',
  'value.notMinutes': 'is not a duration; write minutes such as 3 or 2.5, or seconds such as 180s',
  'value.notTarget': 'is not a service-level target; write share/seconds such as 80/20 or 0.8/45',
  // CSV files
  'csv.unreadable': 'cannot read the file ({reason}); check the path and permissions',
  'csv.empty': 'has no data rows; add a header line and at least one row',
  'csv.malformed': 'is not valid CSV ({reason}); re-export it from the spreadsheet as CSV',
  'csv.missingColumn': 'has no column "{column}" ({aliases}); add it to the header line',
  'csv.unknownColumn': 'has an unknown column "{column}"; known columns are {known}. Rename or delete it',
  'csv.duplicateColumn': 'names column "{column}" twice; keep one',
  'csv.needsColumnOr': 'needs column "{a}" or columns "{b}"; add one to the header line',
  'csv.totalsSkipped': 'skipped a totals row ("{cell}"); it is not data',
  'csv.utf8Kept': 'is valid UTF-8, so it is read as UTF-8; --encoding {encoding} applies to files that are not',
  'value.unknownEncoding': 'is not an encoding cs-plan knows; use utf-8, gbk, gb18030 or utf-16le',
  'value.ambiguousDate': 'could be month/day or day/month; pass --date-format MDY (11/10/2026 = 10 Nov) or --date-format DMY',
  // config
  'config.invalidJson': 'is not valid JSON ({reason}); fix the syntax or run `cs-plan estimate --help` for the keys',
  'config.notObject': 'must hold one JSON object such as {"csShare": "30%"}',
  'config.unknownKey': 'has an unknown key "{key}"; keys are option names in camelCase, e.g. {examples}',
  // options
  'options.missing': 'missing {flags}; pass them as flags, put them in --config, or run in a terminal to be asked',
  'options.salesAndForecast': 'use either --sales (one day) or --forecast FILE (many days), not both',
  'options.outIsInput': 'would overwrite the input file {file}; choose another --out path',
  'options.outIsDirectory': 'is a folder; give a file name such as {example}',
  'options.outFolderMissing': 'cannot be written: the folder {folder} does not exist',
  'options.writeFailed': 'cannot be written ({reason})',
  'options.unknownFormatExt': 'has an extension cs-plan does not write; use .csv or .json, or pass --format',
  'options.conflict': '{a} conflicts with {b}: {why}',
  // generic
  'internal': 'internal error: {message}. Please report it with the output of the same command with --debug',
  'interrupted': 'interrupted; nothing was written',
  // estimate
  'estimate.title': 'Pre-sales staffing (whitepaper formula)',
  'estimate.total': 'Total',
  'estimate.peakDay': 'Most agents on one day: {agents} ({date})',
  'estimate.explainHead': 'How {date} was computed:',
  'estimate.explainHeadNoDate': 'How it was computed:',
  'estimate.explainCsSales': 'CS sales        = sales {sales} × CS share {csShare} = {csSales}',
  'estimate.explainBuyers': 'CS buyers       = CS sales {csSales} ÷ CS AOV {aov} = {csBuyers}',
  'estimate.explainInquiries': 'inquiries       = CS buyers {csBuyers} ÷ conversion {conversion} = {inquiries}',
  'estimate.explainHuman': 'human inquiries = inquiries {inquiries} × (1 − bot rate {botRate}) = {humanInquiries}',
  'estimate.explainAgents': 'agents          = {humanInquiries} ÷ capacity {capacity} per agent = {agentsExact} → round up → {agents}',
  'col.date': 'Date',
  'col.sales': 'Sales',
  'col.cs_share': 'CS share',
  'col.aov': 'CS AOV',
  'col.conversion': 'Conversion',
  'col.bot_rate': 'Bot rate',
  'col.capacity': 'Capacity',
  'col.inquiries': 'Inquiries',
  'col.human_inquiries': 'To humans',
  'col.agents_exact': 'Agents (exact)',
  'col.agents': 'Agents',
  // roster inputs
  'value.notDateTime': 'is not a date and time; write it as 2026-11-10 20:00',
  'value.notDate': 'is not a date; write it as 2026-11-10',
  'value.notHour': 'is not an hour of the day; write 0–23, 20:00 or 20:00-21:00',
  'value.notClock': 'is not a time of day; write it as 09:00 or 17:30',
  'value.notHours': 'is not a duration; write hours such as 8, 7.5 or 8h, or minutes such as 90m',
  'staff.duplicateName': 'names "{name}" a second time; give each person a unique name',
  'staff.availabilityOrder': 'is not after available_from; the person would never be available',
  'demand.datesNotConsecutive': 'forecast dates must be consecutive days for a roster: found {date} where {expected} was expected',
  'demand.emptyHistoryDay': 'history day {date} has no inquiries, so it gives no hourly shape; remove it or use --profile average',
  'demand.historyTooShort': 'history has {historyDays} day(s) but the forecast has {forecastDays}: each forecast day takes the shape of the history day at the same position. Add history days or use --profile average',
  'roster.needsDemand': 'needs the hourly shape of demand: pass --history FILE (past hourly inquiries) or --demand FILE (inquiries per slot)',
  'roster.needsCapacity': 'needs the inquiries one agent handles per hour: pass --hourly-capacity N, or --capacity with --work-hours',
  'roster.dateForRoster': 'is not a calendar date; a roster needs dates such as 2026-11-10',
  'roster.maxShiftAbove12': 'is {hours}, above the 12-hour rule: nobody may work more than 12 hours in a row (尽量避免超过12小时连续值班); use 12 or less',
  'roster.patternAbove12': 'shift pattern "{name}" lasts {hours} h, above the 12-hour rule: nobody may work more than 12 hours in a row; shorten it',
  'roster.patternOffGrid': 'shift pattern "{name}" does not start and end on the {slot}-minute slot grid; use --slot 30 or --slot 15',
  'roster.patternLength': 'shift pattern "{name}" lasts {hours} h, outside --min-shift {min} h … --max-shift {max} h; change the pattern or the limits',
  'roster.noCandidates': 'no shift fits inside the planning window with these shift patterns and lengths; check --shifts, --min-shift and the window',
  'roster.staffUnavailable': 'no one in --staff can work any allowed shift inside the planning window; check available_from, available_to and max_hours',
  'roster.infeasible': 'these settings admit no roster; relax --min-shift, --max-shift, --min-rest or the staff limits',
  'roster.noSolutionInTime': 'the solver found no roster within --time-limit {seconds} s; raise --time-limit or use a coarser --slot',
  'roster.solverFailed': 'the solver stopped without a roster (HiGHS status {status})',
  'roster.title': 'Roster {from} – {to} ({slots} slots of {slot} min)',
  'roster.formulaAgents': 'People needed by the formula, per day',
  'roster.peakRequired': 'Peak agents required (one slot)',
  'roster.peopleRostered': 'People rostered',
  'roster.peopleAvailable': '{used} of {available} available',
  'roster.agentHours': 'Total agent-hours',
  'roster.demandCovered': 'Share of demand covered',
  'roster.longestShift': 'Longest duty',
  'roster.shortestRest': 'Shortest rest',
  'roster.noRest': 'nobody works twice',
  'roster.solver': 'Solver',
  'roster.solverLine': '{status}, gap {gap}, {seconds} s',
  'roster.status.optimal': 'optimal',
  'roster.status.time-limit': 'time limit reached: best roster found, not proven optimal',
  'roster.status.partial': 'time limit reached: {proven} proven; {unproven} not proven (best found)',
  'objective.unmet_demand': 'least unmet demand',
  'objective.agent_hours': 'fewest agent-hours',
  'objective.people': 'fewest people',
  'roster.short': 'Short of agents in {slots} slot(s), {agentSlots} agent-slots in all; worst at {worst} (need {need}, have {have})',
  'roster.unreachable': '{slots} slot(s) with demand lie outside every allowed shift (first: {first}); add a shift pattern that covers them, or start the window earlier',
  'roster.serviceMet': 'Service level {target} met in all {slots} slots with demand',
  'roster.serviceMissed': 'Service level {target} missed in {missed} of {slots} slots with demand (first: {first}); see service_level in --coverage',
  'roster.unassigned': '{count} shift(s) could not be given to anyone within their max_hours; they count as short',
  'roster.chartTitle': 'Agents per {bucket} (peak of each): {covered} staffed as needed  {short} short  {surplus} staffed beyond need',
  'roster.wrote': 'Wrote {file}',
  'roster.timeLimitHit': 'The solver hit --time-limit; the roster is the best found (gap {gap} on the objective it was proving). Exit code 1.',
  'erlang.volume': 'Volume',
  'erlang.interval': 'Interval (min)',
  'erlang.aht': 'AHT (min)',
  'erlang.concurrency': 'Chats',
  'erlang.target': 'Target',
  'erlang.patience': 'Patience',
  'erlang.agents_on_seat': 'On seat',
  'erlang.agents_scheduled': 'Scheduled',
  'erlang.service_level': 'Service level',
  'erlang.occupancy': 'Occupancy',
  'erlang.wait_probability': 'P(wait)',
  'erlang.asa_seconds': 'ASA',
  'erlang.abandon_rate': 'Abandon',
  'check.rule.malformed': 'cannot read {column} "{text}"; write a time such as 2026-11-10 09:00, or 09:00 with a date column',
  'check.rule.end_before_start': 'ends at {to}, not after it starts ({from})',
  'check.rule.overlap': 'overlaps line {related} ({from} – {to})',
  'check.rule.max_duty': 'on duty {value} h in a row ({from} – {to}, line(s) {lines}), over the {limit}-hour limit',
  'check.rule.min_rest': 'rests only {value} h before this shift ({from} – {to}, after line {related}); at least {limit} h required',
  'check.rule.unknown_person': 'is not in the staff file',
  'check.rule.outside_availability': 'works {from} – {to}, outside their availability in the staff file',
  'check.rule.max_hours': 'works {value} h in all, over their max_hours of {limit}',
  'check.rule.short': '{from} – {to}: {value} agent(s) on duty, {limit} required',
  'check.col.line': 'Line',
  'check.col.agent': 'Agent',
  'check.col.rule': 'Rule',
  'check.col.message': 'Problem',
  'check.clean': '✓ {file}: no violations ({rows} rows, {people} people)',
  'check.found': '{count} violation(s) in {file} ({rows} rows, {people} people)',
  'init.wrote': 'wrote {file}',
  'init.kept': 'kept {file} (it exists; --force overwrites it)',
  'init.next': 'Next: fill in the files, then run  cs-plan roster --forecast {dir}/forecast.csv --history {dir}/history.csv --config {dir}/cs-plan.config.json --out shifts.csv',
  'init.askFirstDate': 'First day of the campaign (活动第一天), e.g. 2026-11-10',
  'init.askDays': 'Number of days to plan (天数)',
  // prompts
  'prompt.sales': 'Sales forecast for the day (销售额), e.g. 500000 or 50万',
  'prompt.csShare': 'CS sales share (客服销售占比), e.g. 30%',
  'prompt.aov': 'CS average order value (客服客单价), e.g. 100',
  'prompt.conversion': 'Inquiry conversion rate (询单转化率), e.g. 40%',
  'prompt.capacity': 'Inquiries one agent handles per day (客服饱和接待量), e.g. 576',
  'prompt.botRate': 'Share of inquiries a bot closes (机器人分流), e.g. 20%',
};

const zh: Catalog = {
  'value.notNumber': '不是数字;请写成 1000、1,000、¥1,000、100万 或 1.2亿 这样的金额',
  'value.notRatio': '不是比例;请写成 40% 或 0.4',
  'value.negative': '不能为负数',
  'value.mustBePositive': '必须大于 0',
  'value.ratioRange': '必须大于 0 且不超过 100%;请写成 40% 或 0.4',
  'value.ratioAboveOne': '超过了 100%;如果想写 {percent}%,请写 "{percent}%" 或 {fraction}',
  'value.botRateRange': '必须不小于 0 且小于 100%(机器人不能接待全部咨询)',
  'value.notInteger': '必须是整数',
  'value.intRange': '必须是 {min} 到 {max} 之间的整数',
  'value.empty': '为空,但此处必须填写{name};请填写或删除该行',
  'value.oneOf': '必须是以下之一:{choices}',
  'value.belowOne': '必须不小于 0 且小于 100%,例如 30%',
  'value.atLeastOne': '必须不小于 1',
  'value.notMinutes': '不是时长;请写分钟数如 3 或 2.5,或秒数如 180s',
  'value.notTarget': '不是服务水平目标;请写成 比例/秒数,例如 80/20 或 0.8/45',
  'csv.unreadable': '无法读取文件({reason});请检查路径和权限',
  'csv.empty': '没有数据行;请保留表头并至少填写一行',
  'csv.malformed': '不是有效的 CSV({reason});请在表格软件中重新另存为 CSV',
  'csv.missingColumn': '缺少列 "{column}"({aliases});请在表头中添加',
  'csv.unknownColumn': '有未知列 "{column}";可用的列为 {known}。请改名或删除该列',
  'csv.duplicateColumn': '列 "{column}" 出现了两次;请只保留一列',
  'csv.needsColumnOr': '需要列 "{a}" 或列 "{b}";请在表头中添加',
  'csv.totalsSkipped': '已跳过合计行("{cell}"),它不是数据',
  'csv.utf8Kept': '是有效的 UTF-8,按 UTF-8 读取;--encoding {encoding} 只用于非 UTF-8 的文件',
  'value.unknownEncoding': '不是可识别的编码;请使用 utf-8、gbk、gb18030 或 utf-16le',
  'value.ambiguousDate': '无法判断是"月/日"还是"日/月";请加上 --date-format MDY(11/10/2026 = 11月10日)或 --date-format DMY',
  'config.invalidJson': '不是有效的 JSON({reason});请修正语法',
  'config.notObject': '必须是一个 JSON 对象,例如 {"csShare": "30%"}',
  'config.unknownKey': '有未知的键 "{key}";键名是驼峰式的选项名,例如 {examples}',
  'options.missing': '缺少 {flags};请用参数传入、写进 --config 配置文件,或在终端中运行以逐项输入',
  'options.salesAndForecast': '--sales(单日)和 --forecast 文件(多日)只能二选一',
  'options.outIsInput': '会覆盖输入文件 {file};请换一个 --out 路径',
  'options.outIsDirectory': '是一个文件夹;请给出文件名,例如 {example}',
  'options.outFolderMissing': '无法写入:文件夹 {folder} 不存在',
  'options.writeFailed': '无法写入({reason})',
  'options.unknownFormatExt': '的扩展名无法识别;请使用 .csv 或 .json,或指定 --format',
  'options.conflict': '{a} 与 {b} 冲突:{why}',
  'internal': '内部错误:{message}。请加上 --debug 重新运行并把输出反馈给我们',
  'interrupted': '已中断;没有写入任何文件',
  'estimate.title': '售前客服人数测算(白皮书公式)',
  'estimate.total': '合计',
  'estimate.peakDay': '单日最多需要客服:{agents} 人({date})',
  'estimate.explainHead': '{date} 的计算过程:',
  'estimate.explainHeadNoDate': '计算过程:',
  'estimate.explainCsSales': '客服销售额   = 销售额 {sales} × 客服销售占比 {csShare} = {csSales}',
  'estimate.explainBuyers': '客服销售人数 = 客服销售额 {csSales} ÷ 客服客单价 {aov} = {csBuyers}',
  'estimate.explainInquiries': '售前接待量   = 客服销售人数 {csBuyers} ÷ 询单转化率 {conversion} = {inquiries}',
  'estimate.explainHuman': '人工接待量   = 接待量 {inquiries} × (1 − 机器人分流 {botRate}) = {humanInquiries}',
  'estimate.explainAgents': '客服人数     = {humanInquiries} ÷ 饱和接待量 {capacity} = {agentsExact} → 向上取整 → {agents}',
  'col.date': '日期',
  'col.sales': '销售额',
  'col.cs_share': '客服销售占比',
  'col.aov': '客服客单价',
  'col.conversion': '询单转化率',
  'col.bot_rate': '机器人分流',
  'col.capacity': '饱和接待量',
  'col.inquiries': '接待量',
  'col.human_inquiries': '人工接待量',
  'col.agents_exact': '人数(精确)',
  'col.agents': '客服人数',
  'value.notDateTime': '不是日期时间;请写成 2026-11-10 20:00',
  'value.notDate': '不是日期;请写成 2026-11-10',
  'value.notHour': '不是小时;请写 0–23、20:00 或 20:00-21:00',
  'value.notClock': '不是时刻;请写成 09:00 或 17:30',
  'value.notHours': '不是时长;请写小时数如 8、7.5、8h,或分钟数如 90m',
  'staff.duplicateName': '第二次出现姓名 "{name}";请给每人一个唯一的名字',
  'staff.availabilityOrder': '不晚于 available_from;此人将永远不可用',
  'demand.datesNotConsecutive': '排班的预测日期必须是连续的天:在应为 {expected} 的位置出现了 {date}',
  'demand.emptyHistoryDay': '历史日期 {date} 没有咨询量,无法得到小时分布;请删除该日或使用 --profile average',
  'demand.historyTooShort': '历史数据有 {historyDays} 天,预测有 {forecastDays} 天:每个预测日按相同位置的历史日分配小时。请补充历史数据或使用 --profile average',
  'roster.needsDemand': '需要需求的小时分布:请传入 --history 文件(往年每小时咨询量)或 --demand 文件(每个时段的咨询量)',
  'roster.needsCapacity': '需要每人每小时接待量:请传入 --hourly-capacity N,或 --capacity 与 --work-hours',
  'roster.dateForRoster': '不是日历日期;排班需要 2026-11-10 这样的日期',
  'roster.maxShiftAbove12': '为 {hours},超过 12 小时规则:任何人连续值班不得超过 12 小时(尽量避免超过12小时连续值班);请设为 12 或更少',
  'roster.patternAbove12': '班次 "{name}" 长 {hours} 小时,超过 12 小时规则:任何人连续值班不得超过 12 小时;请缩短',
  'roster.patternOffGrid': '班次 "{name}" 的开始或结束不在 {slot} 分钟的时段网格上;请使用 --slot 30 或 --slot 15',
  'roster.patternLength': '班次 "{name}" 长 {hours} 小时,不在 --min-shift {min} 小时 … --max-shift {max} 小时之间;请修改班次或限制',
  'roster.noCandidates': '在这些班次和时长限制下,排班时间窗内放不下任何班次;请检查 --shifts、--min-shift 和时间窗',
  'roster.staffUnavailable': '--staff 中没有人能在排班时间窗内上任何允许的班次;请检查 available_from、available_to 和 max_hours',
  'roster.infeasible': '这些设置下不存在可行的排班;请放宽 --min-shift、--max-shift、--min-rest 或人员限制',
  'roster.noSolutionInTime': '求解器在 --time-limit {seconds} 秒内没有找到排班;请增加 --time-limit 或使用更粗的 --slot',
  'roster.solverFailed': '求解器未给出排班就停止了(HiGHS 状态 {status})',
  'roster.title': '排班 {from} – {to}(共 {slots} 个 {slot} 分钟时段)',
  'roster.formulaAgents': '按公式每天需要的客服',
  'roster.peakRequired': '高峰所需客服(单时段)',
  'roster.peopleRostered': '排班人数',
  'roster.peopleAvailable': '可用 {available} 人中用了 {used} 人',
  'roster.agentHours': '总工时(人·小时)',
  'roster.demandCovered': '需求覆盖率',
  'roster.longestShift': '最长连续值班',
  'roster.shortestRest': '最短休息',
  'roster.noRest': '无人上两个班',
  'roster.solver': '求解器',
  'roster.solverLine': '{status},差距 {gap},{seconds} 秒',
  'roster.status.optimal': '最优',
  'roster.status.time-limit': '达到时间上限:为找到的最好排班,未证明最优',
  'roster.status.partial': '达到时间上限:已证明{proven};{unproven}未证明(为找到的最好结果)',
  'objective.unmet_demand': '缺口最小',
  'objective.agent_hours': '总工时最少',
  'objective.people': '人数最少',
  'roster.short': '{slots} 个时段人手不足,共缺 {agentSlots} 人·时段;最缺在 {worst}(需要 {need},安排 {have})',
  'roster.unreachable': '有 {slots} 个有需求的时段不在任何允许的班次内(最早:{first});请增加覆盖它们的班次,或提前排班时间窗',
  'roster.serviceMet': '所有 {slots} 个有需求的时段都达到服务水平 {target}',
  'roster.serviceMissed': '{slots} 个有需求的时段中有 {missed} 个未达到服务水平 {target}(最早:{first});详见 --coverage 的 service_level 列',
  'roster.unassigned': '{count} 个班次在 max_hours 限制内无法分配给任何人;按缺人计',
  'roster.chartTitle': '每{bucket}客服人数(取峰值):{covered} 按需安排  {short} 缺人  {surplus} 多排',
  'roster.wrote': '已写入 {file}',
  'roster.timeLimitHit': '求解器达到 --time-limit;排班为找到的最好结果(正在证明的目标差距 {gap})。退出码 1。',
  'erlang.volume': '咨询量',
  'erlang.interval': '时段(分钟)',
  'erlang.aht': '平均处理时长(分钟)',
  'erlang.concurrency': '并发',
  'erlang.target': '目标',
  'erlang.patience': '耐心',
  'erlang.agents_on_seat': '在线人数',
  'erlang.agents_scheduled': '排班人数',
  'erlang.service_level': '服务水平',
  'erlang.occupancy': '占用率',
  'erlang.wait_probability': '需等待概率',
  'erlang.asa_seconds': '平均应答',
  'erlang.abandon_rate': '放弃率',
  'check.rule.malformed': '无法读取{column} "{text}";请写成 2026-11-10 09:00 这样的时间,或写 09:00 并填写日期列',
  'check.rule.end_before_start': '结束时间 {to} 不晚于开始时间 {from}',
  'check.rule.overlap': '与第 {related} 行重叠({from} – {to})',
  'check.rule.max_duty': '连续值班 {value} 小时({from} – {to},第 {lines} 行),超过 {limit} 小时上限',
  'check.rule.min_rest': '上班前只休息了 {value} 小时({from} – {to},接第 {related} 行);至少需要 {limit} 小时',
  'check.rule.unknown_person': '不在人员表中',
  'check.rule.outside_availability': '排在 {from} – {to},超出人员表中的可用时间',
  'check.rule.max_hours': '共 {value} 小时,超过其 max_hours {limit} 小时',
  'check.rule.short': '{from} – {to}:在岗 {value} 人,需要 {limit} 人',
  'check.col.line': '行',
  'check.col.agent': '客服',
  'check.col.rule': '规则',
  'check.col.message': '问题',
  'check.clean': '✓ {file}:没有违规({rows} 行,{people} 人)',
  'check.found': '{file} 中有 {count} 处违规({rows} 行,{people} 人)',
  'init.wrote': '已写入 {file}',
  'init.kept': '保留 {file}(文件已存在;--force 可覆盖)',
  'init.next': '下一步:填好这些文件,然后运行  cs-plan roster --forecast {dir}/forecast.csv --history {dir}/history.csv --config {dir}/cs-plan.config.json --out shifts.csv',
  'init.askFirstDate': '活动第一天(first day),例如 2026-11-10',
  'init.askDays': '排班天数(days)',
  'prompt.sales': '当天预估销售额(sales),例如 500000 或 50万',
  'prompt.csShare': '客服销售占比(CS share),例如 30%',
  'prompt.aov': '客服客单价(CS AOV),例如 100',
  'prompt.conversion': '询单转化率(conversion),例如 40%',
  'prompt.capacity': '客服饱和接待量(每人每天),例如 576',
  'prompt.botRate': '机器人分流比例(bot rate),例如 20%',
};

const catalogs: Record<Lang, Catalog> = { en, zh };

/**
 * Returns the message `key` in `lang` with `{name}` placeholders filled in.
 * A key missing in Chinese falls back to English, and an unknown key to itself.
 *
 * @example t('en', 'value.intRange', { min: 1, max: 12 }) // 'must be a whole number from 1 to 12'
 */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  const template = catalogs[lang][key] ?? catalogs.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Picks the language: an explicit `--lang` wins, then a `zh_*` locale in LC_ALL/LC_MESSAGES/LANG.
 *
 * @example detectLang(undefined, { LANG: 'zh_CN.UTF-8' }) // 'zh'
 */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'en' || flag === 'zh') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh([_-]|$)/i.test(locale) ? 'zh' : 'en';
}

/**
 * One line of output for an error or a notice: `error: f.csv:3, column "x": message`.
 *
 * @param kind `error` or `note`
 */
export function formatMessage(lang: Lang, kind: 'error' | 'note', key: string, params: MessageParams, where: ErrorLocation): string {
  const prefix = kind === 'error' ? (lang === 'zh' ? '错误' : 'error') : (lang === 'zh' ? '提示' : 'note');
  const head = formatLocation(lang, where);
  return `${prefix}: ${head ? `${head}: ` : ''}${t(lang, key, params)}`;
}

/**
 * Renders an error location as the head of a one-line message.
 *
 * @example formatLocation('en', { file: 'f.csv', line: 3, column: 'aov', value: 'x' })
 * // 'f.csv:3, column "aov", value "x"'
 */
export function formatLocation(lang: Lang, where: ErrorLocation): string {
  const parts: string[] = [];
  const zhLang = lang === 'zh';
  if (where.file !== undefined) {
    parts.push(
      where.line !== undefined ? (zhLang ? `${where.file} 第 ${where.line} 行` : `${where.file}:${where.line}`) : where.file,
    );
  }
  if (where.option !== undefined) parts.push(where.option);
  if (where.column !== undefined) parts.push(zhLang ? `列 "${where.column}"` : `column "${where.column}"`);
  if (where.value !== undefined) parts.push(zhLang ? `值 "${where.value}"` : `value "${where.value}"`);
  return parts.join(', ');
}
