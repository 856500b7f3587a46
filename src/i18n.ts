/**
 * Every sentence cs-plan shows a person, in English and Chinese. Machine-read names
 * (CSV columns, JSON fields) are not here: they stay English in every language.
 */
import type { ErrorLocation, MessageParams } from './errors.js';

export type Lang = 'en' | 'zh';

type Catalog = Record<string, string>;

/** The core's settings as the flags that set them, the same in every language. */
const SETTING_FLAGS = {
  'setting.minShift': '--min-shift',
  'setting.maxShift': '--max-shift',
  'setting.minRest': '--min-rest',
  'setting.slot': '--slot',
  'setting.forbid': '--forbid',
  'setting.staff': '--staff',
  'setting.afterSalesDays': '--after-sales-days',
  'setting.afterSalesCurve': '--after-sales-curve',
  'setting.concurrency': '--concurrency',
  'setting.balanceHours': '--balance-hours',
  'setting.mealBreak': '--break',
} as const;

const en = {
  // values
  'value.notNumber': 'is not a number; write an amount such as 1000, 1,000, ¥1,000, 100万 or 1.2亿',
  'value.notRatio': 'is not a ratio; write a share such as 40% or 0.4',
  'value.negative': 'must not be negative',
  'formula.case.low': 'low-end',
  'formula.case.mid': 'midpoint',
  'formula.case.high': 'high-end',
  'formula.salesRange':
    'sales given as a range: the busiest day needs {low} agents at its low end and {high} at its high end; this plan is for the {case} sales ({planned} agents); --sales-case low|mid|high to change',
  'value.notRange': 'is not a range; write low..high, e.g. 300万..450万',
  'value.rangeOrder': 'runs from {low} down to {high}; write the low end first, e.g. 300万..450万',
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
  'csv.titleSkipped': 'skipped {count} title row(s) above the header ("{cell}")',
  'csv.ignoredColumns': 'ignored column(s) cs-plan does not use: {columns}',
  'csv.unknownColumnTypo': 'has a column "{column}"; did you mean "{suggestion}"? Known columns are {known}',
  'csv.columnChosen': 'reads "{used}" as {field}; also named {field}, ignored: {others}',
  'csv.columnChosen.inquiries':
    'reads "{used}" as the inquiries; ignored: {others} (--inquiries-column NAME picks another)',
  'csv.preferMissing': 'has no column "{column}" among {candidates}; name one of them',
  'csv.duplicateTime':
    'repeats {time} of line {other}; remove one, or pass --duplicates sum to add rows of one time (exports split by channel)',
  'csv.duplicatesSummed': 'added up {count} row(s) repeating a time (--duplicates sum)',
  'csv.dashAsZero': 'read {count} cell(s) "-" in column {column} as 0 inquiries (no data in that hour)',
  'file.xls':
    'is an Excel 97–2003 (.xls) or WPS (.et) workbook, which cs-plan does not read; open it and save it as .xlsx or CSV (另存为 .xlsx 或 CSV)',
  'file.numbers': 'is an Apple Numbers file; export it as .xlsx or CSV (导出为 .xlsx 或 CSV)',
  'file.zip': 'is a zip archive, not an .xlsx workbook or a CSV file; unpack it, or save the sheet as .xlsx or CSV',
  'file.pdf':
    'is a PDF; cs-plan reads CSV and .xlsx: export the data from the spreadsheet or CS software as CSV or .xlsx',
  'file.binary':
    'is not a text (CSV) file or an .xlsx workbook; save it from the spreadsheet as .xlsx or CSV (另存为 .xlsx 或 CSV)',
  'file.badXlsx':
    'cannot be opened as an .xlsx workbook ({reason}); open it in Excel or WPS and save it again as .xlsx or CSV',
  'file.noSheet': 'has no sheet "{sheet}"; its sheets are: {sheets}',
  'file.noSheets': 'has no sheets; save a sheet with the data as .xlsx or CSV',
  'csv.utf8Kept': 'is valid UTF-8, so it is read as UTF-8; --encoding {encoding} applies to files that are not',
  'value.unknownEncoding': 'is not an encoding cs-plan knows; use utf-8, gbk, gb18030 or utf-16le',
  'value.ambiguousDate':
    'could be month/day or day/month; pass --date-format MDY (11/10/2026 = 10 Nov) or --date-format DMY',
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
  'options.unknownFormatExt':
    'has an extension cs-plan does not write; use .csv or .json (.xlsx for estimate and roster), or pass --format',
  'options.conflict': '{a} conflicts with {b}: {why}',
  'options.gridExt': 'must end in .csv or .xlsx: the grid is written as CSV or as an Excel workbook',
  // generic
  internal: 'internal error: {message}. Please report it with the output of the same command with --debug',
  interrupted: 'interrupted; nothing was written',
  // estimate
  'estimate.title': 'Pre-sales staffing (whitepaper formula)',
  'estimate.titleWithAfterSales': 'Pre-sales (whitepaper formula) and after-sales staffing',
  'estimate.total': 'Total',
  'estimate.peakDay':
    "People to have: {agents}, the busiest day's agents ({date}); the total row counts agent-days; cs-plan roster gives the exact team and its shifts",
  'estimate.explainHead': 'How {date} was computed:',
  'estimate.explainHeadNoDate': 'How it was computed:',
  'estimate.explainCsSales': 'CS sales        = sales {sales} × CS share {csShare} = {csSales}',
  'estimate.explainBuyers': 'CS buyers       = CS sales {csSales} ÷ CS AOV {aov} = {csBuyers}',
  'estimate.explainInquiries': 'inquiries       = CS buyers {csBuyers} ÷ conversion {conversion} = {inquiries}',
  'estimate.explainHuman': 'human inquiries = inquiries {inquiries} × (1 − bot rate {botRate}) = {humanInquiries}',
  'estimate.explainAgents':
    'agents          = {humanInquiries} ÷ capacity {capacity} per agent = {agentsExact} → round up → {agents}',
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
  'col.agents_range': 'Agents low–high',
  'col.orders': 'Orders',
  'col.after_sales_inquiries': 'After-sales',
  'col.after_sales_agents': 'After-sales agents',
  'col.total_agents': 'All agents',
  'estimate.afterSalesTitle': 'After-sales wave: {rate} of {orders} orders contact CS, over {days} days ({curve})',
  'everyday.needs': '{flag} is a rule about each person: give --staff or --headcount',
  'everyday.needsShifts': '{flag} names shift patterns: give --shifts (e.g. templates/shift-patterns.csv)',
  'roster.freeShiftTimes':
    "free shifts under person-level rules: planned person by person on the {count} shift times the first plan used most ({times}, …); the proof compares with that plan's bound",
  'everyday.badForbid': 'must be shift pattern pairs such as 晚班>白班, separated by commas',
  'everyday.decompositionBalance':
    'could not be kept by the decomposition for this team (it gives shifts to people one day at a time); raise --balance-hours',
  'everyday.badBalance': 'must be hours such as 16, min (make the spread as small as possible), or both: 16,min',
  'everyday.badBreak':
    'must be a break rule such as 60m-after-4h (a 60-minute break in every shift longer than 4 hours, so no stretch of work is longer), optionally with meal windows: 60m-after-4h@11:00-13:30,17:00-19:30',
  'everyday.breakWindowShort': 'a meal window is shorter than the {minutes}-minute break',
  'everyday.breakNoWindow':
    'shift "{pattern}" needs a meal break, but no break that keeps every stretch of work short enough fits inside the meal windows {windows}; widen a window or change the rule',
  'everyday.breakDoesNotFit':
    'cannot fit in shift "{pattern}" once: one break would still leave a stretch of work longer than the rule allows; shorten the shift or allow longer stretches',
  'everyday.notMidnight':
    'an everyday roster needs a window that starts at midnight (whole days); start the forecast or demand file at 00:00',
  'everyday.unknownPattern': 'names the shift "{name}", which is not in --shifts ({known})',
  'afterSales.badCurve': 'must be day weights such as 40,25,15,10,5,5: numbers ≥ 0, not all zero',
  'afterSales.needsDates':
    'is not a calendar date; the after-sales wave needs dates such as 2026-11-11 to run into the following days',
  'afterSales.needsForecast':
    "needs a sales forecast (--forecast, or --sales with --history): the after-sales wave comes from each day's orders, which a --demand file does not give",
  'afterSales.deferTooLong':
    'is longer than 72 hours; orders should ship within 72 h, so after-sales work cannot wait longer',
  'roster.afterSales': 'After-sales (售后)',
  'roster.mealBreaks': 'Meal breaks',
  'roster.patternChanges': 'Off usual pattern',
  'roster.preferenceMisses': 'Outside preferences',
  'roster.preferenceMissesLine':
    '{misses} of {shifts} shifts are on a pattern their person did not ask for (prefers in the staff file)',
  'roster.fair': 'Fair shares (--fair)',
  'roster.fair.nights': 'night shifts {least}–{most} per full-time person',
  'roster.fair.weekends': 'weekend shifts {least}–{most} per full-time person',
  'roster.patternChangesLine': "{changes} of {shifts} shifts are not on their person's usual pattern",
  'roster.mealBreaksLine': '{count} ({hours} h inside the shifts, not counted as coverage)',
  'roster.afterSalesLine':
    '{contacts} contacts, {hours} agent-hours; {deferred} waited behind pre-sales (mean {mean} h, longest {longest} h, limit {limit} h); {overdue} past the limit',
  // roster inputs
  'value.notDateTime': 'is not a date and time; write it as 2026-11-10 20:00',
  'value.notDate': 'is not a date; write it as 2026-11-10',
  'value.notHour': 'is not an hour of the day; write 0–23, 20:00 or 20:00-21:00',
  'value.notClock': 'is not a time of day; write it as 09:00 or 17:30',
  'value.notHours': 'is not a duration; write hours such as 8, 7.5 or 8h, or minutes such as 90m',
  'staff.duplicateName': 'names "{name}" a second time; give each person a unique name',
  'staff.availabilityOrder': 'is not after available_from; the person would never be available',
  'demand.datesNotConsecutive':
    'forecast dates must be consecutive days for a roster: found {date} where {expected} was expected',
  'demand.emptyHistoryDay':
    'history day {date} has no inquiries, so it gives no hourly shape; remove it or use --align average',
  'demand.alignFallback.date':
    'forecast day(s) {dates} have no history day with the same month and day in an earlier year; they take the average shape of all {days} history day(s) (--align sets the matching)',
  'demand.alignFallback.weekday':
    'forecast day(s) {dates} have no history day on the same weekday; they take the average shape of all {days} history day(s)',
  'demand.alignFallback.offset':
    'forecast day(s) {dates} have no history day at the --align shift; they take the average shape of all {days} history day(s)',
  'value.tooLarge': 'is too large a number to plan with; check the cell (at most 1,000,000,000,000,000)',
  'value.thousandsInList':
    'reads as the number {plain} with a thousands separator, but commas separate values here; write {plain}, or put a space after each comma of a list (1, 500)',
  'csv.raggedRow':
    'has {cells} cell(s) where the header has {columns}: a cell or a comma is missing in this row; fill it in (an empty cell keeps its comma)',
  'value.notOpenHours': 'is not service hours; write them as 09:00-24:00, or several ranges 08:00-12:00,13:00-24:00',
  'roster.openHours': 'Service hours',
  'roster.pastWindow': "{hours} of them on shifts running past the window's end, {end}",
  'roster.openHoursLine': '{hours}; {moved} inquiries arrived while closed: {what}',
  'roster.openCarry': 'answered when the store opens',
  'roster.openDrop': 'left to the bot',
  'roster.openDropped': '{dropped} after the last opening of the window are left out',
  'queue.tooLong':
    'with this load and patience the queue grows past {states} waiting buyers, beyond what Erlang A follows; use more agents or a shorter --patience',
  'value.notAlignment':
    'is not a way to match history days; use date, weekday, position, average, or a shift such as 2026-11-11=2025-11-12',
  'roster.historyShapes': 'Hourly shape of each day from',
  'roster.shapeAverage': 'average of all {days} history days',
  'roster.shapeDays': 'average of {days} days',
  'roster.shapeMore': '… and {count} more days',
  'demand.historyTooShort':
    'history has {historyDays} day(s) but the forecast has {forecastDays}: with --align position each forecast day takes the shape of the history day at the same position. Add history days, or use --align date or --align average',
  'roster.needsDemand':
    'needs the hourly shape of demand: pass --history FILE (past hourly inquiries) or --demand FILE (inquiries per slot)',
  'roster.needsCapacity':
    'needs the inquiries one agent handles per hour: pass --hourly-capacity N, or --capacity with --work-hours',
  'roster.dateForRoster': 'is not a calendar date; a roster needs dates such as 2026-11-10',
  'roster.maxShiftAbove12':
    'is {hours}, above the 12-hour rule: nobody may work more than 12 hours in a row (尽量避免超过12小时连续值班); use 12 or less',
  'roster.patternAbove12':
    'shift pattern "{name}" lasts {hours} h, above the 12-hour rule: nobody may work more than 12 hours in a row; shorten it',
  'roster.patternOffGrid':
    'shift pattern "{name}" does not start and end on the {slot}-minute slot grid; use --slot 30 or --slot 15',
  'roster.patternLength':
    'shift pattern "{name}" lasts {hours} h, outside --min-shift {min} h … --max-shift {max} h; change the pattern or the limits',
  'roster.noCandidates':
    'no shift fits inside the planning window with these shift patterns and lengths; check --shifts, --min-shift and the window',
  'roster.staffUnavailable':
    'no one in --staff can work any allowed shift inside the planning window; check available_from, available_to and max_hours',
  'roster.infeasible': 'these settings admit no roster; relax --min-shift, --max-shift, --min-rest or the staff limits',
  'roster.noSolutionInTime':
    'the solver found no roster within --time-limit {seconds} s; raise --time-limit or use a coarser --slot',
  'roster.solverFailed': 'the solver stopped without a roster (HiGHS status {status})',
  'roster.title': 'Roster {from} – {to} ({slots} slots of {slot} min)',
  'roster.formulaAgents': 'People needed by the formula, per day',
  'roster.peakRequired': 'Peak agents required (one slot)',
  'roster.peopleRostered': 'People to have (rostered)',
  'roster.cost': 'Cost',
  'roster.costDay.date': 'Date',
  'roster.costDay.staff': 'Staff',
  'roster.costDay.outsourced': 'Outsourcing',
  'roster.costDay.total': 'Cost of the day',
  'roster.cost.line': '{total}: {parts}',
  'roster.cost.separator': '; ',
  'roster.hiringAnswer': 'Hiring answer: {people} people, {answer}',
  'roster.tempMinTooLong': 'is longer than any shift may be ({hours} h in a row at most): no shift could be given',
  'roster.tempNameTaken':
    'would name a temp {name}, but the staff file already has someone of that name; rename them in the staff file',
  'roster.costNeedsStaff':
    'needs people with their pay: --staff with hourly_cost / daily_cost columns, or a temp pool --temps N --temp-daily-cost …',
  'roster.costPersonModel':
    'weighs cost on the campaign roster only; with --shifts, --staff and a week or more (or a person-level rule) the everyday model runs, which does not weigh cost yet: plan a shorter window or drop the person-level rule',
  'roster.whatIfNeedsCost': 'lists several day rates, a what-if grid: it needs --temps and --minimise cost',
  'why.profileOld': '--profile is the older name of --align position|average; keep --align',
  'why.demandGivesSlots': '--demand already gives inquiries per slot',
  'why.noPatience': 'nobody gives up without --patience',
  'why.staffSaysWho': 'the staff file already says who can work',
  'why.peopleFixed': 'the number of people is already fixed; drop one of them',
  'why.afterSalesCampaign': 'after-sales is planned in the campaign roster, which does not have this rule',
  'why.workDaysLeave': '{work} working days leave fewer than {off} days off in 7',
  'why.curveDays': 'the curve has {days} days, not {wave}; drop --after-sales-days',
  'why.trendOrder': '×{min} is above ×{max}',
  'why.shiftOneSlot': 'a shift must last at least one slot',
  'why.shortestLonger': 'the shortest shift ({min}) is longer than the longest ({max})',
  'why.windowShorter': 'the window is {window}, shorter than the shortest shift ({min})',
  'why.restPositive': 'rest must be positive, or two shifts would join into one stretch over the 12-hour limit',
  'why.planningWindow': 'the planning window',
  ...SETTING_FLAGS,
  'roster.why.whatIfWrites': 'several day rates print a what-if grid and write no roster; give one rate to write files',
  'roster.whatIf.title': 'What if temps cost more or less? The cheapest mix at each day rate',
  'roster.whatIf.temp_daily_cost': 'Temp day rate',
  'roster.whatIf.people': 'People',
  'roster.whatIf.own_hours': 'Own hours',
  'roster.whatIf.temps': 'Temps',
  'roster.whatIf.temp_shifts': 'Temp shifts',
  'roster.whatIf.outsourced_inquiries': 'Outsourced inquiries',
  'roster.whatIf.unanswered_inquiries': 'Unanswered',
  'roster.whatIf.total_cost': 'Total',
  'roster.whatIf.proven': 'Proven',
  'roster.whatIf.overtime_hours': 'Overtime h',
  'roster.why.oneBot':
    'the bot either takes a fixed share (--bot-rate) or the optimiser chooses up to --bot-max; set --bot-rate 0',
  'roster.why.onePrice': 'the outside team has one price: per inquiry or per agent-hour',
  'roster.why.tempsHeadcount': 'the headcount already fixes the team; list the own staff in --staff instead',
  'roster.why.outsourceNeedsCost':
    'prices are weighed against wages only when the roster minimises cost; add --minimise cost',
  'roster.cost.own': 'own team {people} people, {hours} h{overtime} ({cost})',
  'roster.cost.temp': 'hire {people} temps for {shifts} shifts{days}, {hours} h{overtime} ({cost})',
  'roster.cost.days': ' on {from}–{to}',
  'roster.cost.day': ' on {date}',
  'roster.cost.busiest': '; {share} of them {from}–{to}',
  'roster.cost.outsourced': 'outsourced agents {people}, {hours} h{overtime} ({cost})',
  'roster.cost.overtimeHours': ', {hours} h of it overtime',
  'roster.overtime': 'Overtime',
  'roster.overtimeLine': 'past {hours} h a week: {weeks}; {overtime} h of overtime cost {premium} on top of wages',
  'roster.overtimeNone': 'past {hours} h a week: {weeks}; nobody works past it',
  'roster.overtimeDefault':
    'overtime rates in --staff are paid past {hours} h a week (the default; --overtime-after to change)',
  'roster.overtimeWeek': "{hours} h in {from}–{to} ({days} of the week's 7 days)",
  'roster.overtimeWholeWeek': '{hours} h in the week from {from}',
  'roster.overtimeNeedsRate':
    'prices hours past a weekly threshold, but nobody has an overtime rate: add an overtime_cost column (¥ an overtime hour costs in all, e.g. 1.5 × hourly_cost) to --staff',
  'roster.overtimeHoursRange': 'must be hours a week between 1 and 168, e.g. 40',
  'staff.overtimeBelowWage':
    'overtime_cost {overtime} is below hourly_cost {hourly}: it is what an overtime hour costs in all, e.g. 1.5 × {hourly} = {example}',
  'roster.cost.outsourcedInquiries': 'outsource {inquiries} inquiries ({cost}{when})',
  'roster.cost.bot': 'the bot takes {inquiries} inquiries ({cost})',
  'roster.botSensitivity': 'If the bot succeeds 10 points less (up to {share} of each hour): {total}, {more} more',
  'roster.costDay.bot': 'Bot',
  'roster.cost.unmet':
    'leave {inquiries} inquiries unanswered (priced {cost} by --unmet-cost, not paid, not in the total)',
  'proof.cost': 'cost ¥{value}',
  'roster.peopleAvailable': '{used} of {available} available',
  'roster.agentHours': 'Total agent-hours',
  'roster.demandCovered': 'Share of demand covered',
  'roster.longestShift': 'Longest duty',
  'roster.shortestRest': 'Shortest rest',
  'roster.noRest': 'nobody works twice',
  'roster.solver': 'Solver',
  'roster.proof': 'Proof',
  'roster.solverLine.exact': 'HiGHS, exact, {seconds} s',
  'roster.solverLine.timeLimit': 'HiGHS, stopped at --time-limit after {seconds} s (best roster found)',
  'roster.solverLine.decomposition': 'HiGHS bound, then shifts given to people under the person rules, {seconds} s',
  'proof.covered': 'every slot covered — proven',
  'proof.unmet_demand': '{value} agent-slots short',
  'proof.agent_hours': 'agent-hours {value}',
  'proof.people': 'people {value}',
  'proof.soft_goals': 'soft goals {value}',
  'proof.changes': 'changes {value}',
  'proof.other': '{name} {value}',
  'value.notAbsence': 'is not an absence; write NAME:DATE or NAME:DATE..DATE, e.g. 小王:2026-12-10..2026-12-11',
  'value.notMoment': 'is not a date and time; write e.g. "2026-11-11 01:00"',
  'replan.needs': '{flag} is required: replan changes a published roster from a moment on',
  'replan.outExt': 'replan writes the new roster as .csv or .json; for the 排班表 use --grid FILE.xlsx',
  'replan.unreadableRoster':
    '{count} row(s) of the roster cannot be read; fix them (cs-plan check names each) so that none is lost when replanning',
  'replan.onCallTwice':
    '{name} is on the on-call list and already on the roster or the staff file; list each person once',
  'replan.unknownAbsent': '{name} is on neither the roster, the staff file nor the on-call list (known: {known}, …)',
  'replan.noTrend':
    'the plan expected no inquiries in the trend window, so the demand still to come is not scaled; widen --trend-hours',
  'replan.nowOutside':
    '--now lies outside the demand window ({from} to {to}); give a moment inside it, or demand that covers it',
  'replan.brokenBefore':
    '{count} rule(s) were already broken in {file} by what stands as worked (before --now); run cs-plan check on it to see them',
  'replan.lockedUnavailable':
    '{name} is on duty now and marked unavailable before the duty can end (--notice-end); end that duty by hand or change --unavailable',
  'replan.unknownPerson': '{name} is on the roster but not among the people to plan',
  'replan.title': 'Replan from {at}: {file}, {rows} shifts, {people} people{onCall}',
  'replan.onCallCount': ', {count} on call',
  'replan.noChanges': 'No changes: the published roster stays as it is.',
  'replan.changesHead': 'Changes ({count}):',
  'replan.change.stays': '{agent} stays until {end} ({delta} h, duty {duty} h)',
  'replan.change.endsEarly': '{agent} ends early at {end} ({delta} h, duty {duty} h)',
  'replan.change.cancel': '{agent}: {old} cancelled',
  'replan.change.add': '{agent} added {new} ({hours} h)',
  'replan.change.call_in': '{agent} called in {new} ({hours} h)',
  'replan.change.extend': '{agent}: {old} extended to {new}',
  'replan.change.shorten': '{agent}: {old} shortened to {new}',
  'replan.change.move': '{agent}: {old} moved to {new}',
  'replan.row.actuals': 'Inquiries {from}–{to}',
  'replan.actualsValue': '{actual} actual vs {planned} planned: ×{ratio}{raw}',
  'replan.ratioBounded': ' (×{raw} bounded by --trend-min/--trend-max)',
  'replan.row.revised': 'Inquiries from {at} on',
  'replan.revisedValue': '{revised} revised ({planned} in the plan)',
  'replan.row.unmet': 'Unmet demand from {at} on',
  'replan.unmetValue': '{before} agent-hours with the published roster → {after} after the changes',
  'replan.row.hours': 'Agent-hours from {at} on',
  'replan.row.people': 'People on the new roster',
  'replan.row.longest': 'Longest duty (hours worked included)',
  'replan.solverValue': 'HiGHS, exact, {seconds} s',
  'replan.reportTitle': 'Replan from {at} of {file}',
  'replan.changesLabel': 'Changes',
  'table.hidden': '({names}: left out to fit {columns} columns; --wide shows them, --format csv has every column)',
  'replan.noActuals':
    'holds no inquiries from {from} to {to} (the --trend-hours before --now); give the inquiries that came so far today, one row per slot',
  'replan.contractRule':
    'replan does not plan {flag} (a contract minimum) yet; leave it out and check the new roster with cs-plan check {flag}',
  'replan.minHoursUnreachable':
    '{name} must work at least {hours} h (min_hours) but can take no shift from now on; lower min_hours or change --unavailable',
  'replan.infeasible':
    'no change to the roster keeps every rule from now on (running duties, rest, days off, hours limits, min_hours, --unavailable); relax one of them, or add people with --on-call',
  'replan.proof.unmet': '{value} agent-hours short',
  'proof.proven': '{what} — proven best',
  'proof.bound': '{what} — at most {less} fewer possible',
  'proof.unknown': '{what} — not proven',
  'roster.boundedResult': 'The roster keeps every rule but is not proven best: {proof}. Exit code 1.',
  'objective.unmet_demand': 'least unmet demand',
  'objective.agent_hours': 'fewest agent-hours',
  'objective.people': 'fewest people',
  'objective.soft_goals': 'soft goals (usual patterns, preferences, hours spread, fair shares)',
  'roster.short':
    'Short of agents in {slots} slot(s), {agentSlots} agent-slots in all; worst at {worst} (need {need}, have {have})',
  'roster.unreachable':
    '{slots} slot(s) with demand lie outside every allowed shift (first: {first}); add a shift pattern that covers them, or start the window earlier',
  'roster.serviceMet': 'Service level {target} met in all {slots} slots with demand',
  'roster.serviceMissed':
    'Service level {target} missed in {missed} of {slots} slots with demand (first: {first}); see service_level in --coverage',
  'roster.unassigned': '{count} shift(s) could not be given to anyone within their max_hours; they count as short',
  'roster.chartTitle':
    'Agents per {bucket} (peak of each): {covered} staffed as needed  {short} short  {surplus} staffed beyond need',
  'roster.chartAfterSales': '(need is pre-sales; agents on after-sales show as {surplus} above it)',
  'grid.sheet': 'Roster',
  'grid.title': 'Roster (排班表)',
  'grid.total': 'Total',
  'grid.legend': 'Legend',
  'grid.other': 'other times',
  'grid.dayOff': 'day off',
  'sheet.shifts': 'Shifts',
  'sheet.coverage': 'Coverage',
  'sheet.summary': 'Summary',
  'sheet.cost': 'Cost',
  'sheet.estimate': 'Estimate',
  'sheet.item': 'item',
  'sheet.value': 'value',
  'roster.wrote': 'Wrote {file}',
  'roster.timeLimitHit': 'The solver hit --time-limit; the roster is the best found: {proof}. Exit code 1.',
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
  'check.rule.malformed':
    'cannot read {column} "{text}"; write a time such as 2026-11-10 09:00, or 09:00 with a date column (in a grid: 09:00-17:30, a shift name from --shifts, or 休)',
  'check.rule.unknown_pattern':
    'names shift "{text}" ({column}) whose times are not known; give it in --shifts FILE (name,start,end) or write its times, e.g. 09:00-17:30',
  'check.ref.line': 'line {line}',
  'check.ref.more': 'and {count} more',
  'check.ref.cell': 'cell {cell}',
  'check.rule.end_before_start': 'ends at {to}, not after it starts ({from})',
  'check.rule.overlap': 'overlaps {related} ({from} – {to})',
  'check.rule.max_duty': 'on duty {value} h in a row ({from} – {to}, {lines}), over the {limit}-hour limit',
  'check.rule.min_rest':
    'rests only {value} h before this shift ({from} – {to}, after {related}); at least {limit} h required',
  'check.rule.unknown_person': 'is not in the staff file',
  'check.rule.outside_availability': 'works {from} – {to}, outside their availability in the staff file',
  'check.rule.max_hours': 'works {value} h in all, over their max_hours of {limit}',
  'check.rule.min_hours': 'works {value} h in all, under their min_hours of {limit}',
  'check.rule.min_hours_week': 'works {value} h in the week {from} – {to}, under the {limit}-hour weekly minimum',
  'check.rule.work_days': 'works {value} days in the 7 days {from} – {to}; exactly {limit} required',
  'check.rule.days_off_together':
    'has only {value} day(s) off in a row from {from}; days off come at least {limit} in a row',
  'staff.minAboveMax': 'min_hours {min} is above max_hours {max}',
  'everyday.contractInfeasible':
    'these settings admit no roster: a contract rule (min_hours in --staff, --min-hours-week, --work-days-per-week or --days-off-together) cannot be met with the shifts, days off and availability given; lower it, or allow more shifts',
  'everyday.softGoalsSkipped':
    'the soft goals (prefers, --stable, --balance-hours min, --fair) were not planned: a team of {people} is planned by the decomposition (shift counts, then people), which keeps every hard rule but no soft goal',
  'everyday.contractNeedsExact':
    'no roster keeping the contract rules (min_hours, --min-hours-week, --work-days-per-week, --days-off-together) for {people} people was found within --time-limit; they may be impossible with these shifts and days: lower them, or give more time',
  'check.rule.short': '{from} – {to}: {value} agent(s) on duty, {limit} required',
  'check.rule.forbidden_sequence':
    'works {text} on consecutive days ({from} – {to}, after {related}), a sequence --forbid rules out',
  'check.rule.break_outside_shift': 'has a break {from} – {to} that is not inside the shift',
  'check.rule.meal_break':
    'works {value} h without a break (break {from} – {to}, {text} min); --break allows at most {limit} h in a row',
  'check.rule.break_outside_window': 'has a break {from} – {to} outside the meal windows {text}',
  'check.gridNeedsShifts':
    'names shifts ({names}, e.g. cell {cell}) whose times cs-plan cannot know; give --shifts FILE (name,start,end) with them, or write times such as 09:00-17:30 in the cells',
  'check.forbidNeedsShifts':
    '--forbid names shift patterns; give --shifts FILE so rows can be matched to them by clock time',
  'check.rule.unavailable_day': 'works on {from}, a day the staff file marks unavailable',
  'check.rule.days_off':
    'has {value} whole day(s) off in 7 days within {from} – {to}; at least {limit} required in every 7 days',
  'check.rule.consecutive_days': 'works {value} days in a row ({from} – {to}); at most {limit}',
  'check.rule.max_hours_week': 'works {value} h in the week {from} – {to}, over the {limit}-hour weekly limit',
  'check.col.line': 'Line',
  'check.col.cell': 'Cell',
  'check.col.agent': 'Agent',
  'check.col.rule': 'Rule',
  'check.col.message': 'Problem',
  'check.clean': '✓ {file}: no violations ({rows} rows, {people} people)',
  'check.found': '{count} violation(s) in {file} ({rows} rows, {people} people)',
  'init.wrote': 'wrote {file}',
  'init.kept': 'kept {file} (it exists; --force overwrites it)',
  'init.next':
    'Next: fill in the files, then run\n  cs-plan roster \\\n    --forecast {dir}/forecast.{ext} \\\n    --history {dir}/history.{ext} \\\n    --shifts {dir}/shift-patterns.{ext} \\\n    --staff {dir}/staff.{ext} \\\n    --config {dir}/cs-plan.config.json \\\n    --out roster.csv',
  'init.askFirstDate': 'First day of the campaign (活动第一天), e.g. 2026-11-10',
  'init.askDays': 'Number of days to plan (天数)',
  'report.demand': 'Agents per slot: required vs scheduled',
  'report.gantt': 'Shifts',
  'report.summary': 'Summary',
  'report.settings': 'Settings',
  'report.violations': 'Violations',
  'report.required': 'required',
  'report.scheduled': 'scheduled',
  'report.short': 'short',
  'report.outside': 'outsourced / bot',
  'report.serviceLevel': 'predicted service level',
  'check.reportTitle': 'Roster check: {file}',
  'check.summary.rows': 'Rows',
  'check.summary.people': 'People',
  'check.summary.violations': 'Violations',
  // calibrate
  'calibrate.zeroStoreSales':
    'store sales are 0 on {date} while the agents sold ¥{csSales}; a CS share cannot be worked out; fix the row or leave the day out of both files',
  'calibrate.duplicateAgentDay':
    'repeats {agent} on {date} (first on line {other}); an export split by channel must be added up first, or one of the rows removed',
  'calibrate.buyersAboveInquiries':
    'says {buyers} paying buyers from {inquiries} inquiries; buyers cannot exceed 询单人数: check the columns',
  'calibrate.onlineOverDay': 'is more than 24 hours online in one day; write hours (8.5) or h:mm:ss (08:30:00)',
  'calibrate.duplicateStoreDay': 'repeats the date {date} (first on line {other}); keep one row per day',
  'calibrate.notCampaign': 'is not a campaign date; write one day 2025-11-11 or a range 2025-11-11..2025-11-12',
  'calibrate.notPercentile': 'is not a percentile; write a number above 0 and at most 100, e.g. 80',
  'calibrate.campaignOutside':
    'is not in the agent export, which runs from {from} to {to}; give a campaign day the files cover',
  'calibrate.noStore':
    'no --store file: the CS share (客服销售占比) cannot be worked out, so the config gets none; the other figures come from the agent export alone',
  'calibrate.kinds':
    '{from} to {to}: campaign {campaign} ({campaignDays} day(s)), eve {eveDays} day, ordinary {ordinaryDays} day(s); each figure is per kind of day',
  'calibrate.noCampaign':
    '{from} to {to}: no --campaign given, so all {ordinaryDays} days count as ordinary; pass --campaign DATE for campaign-day figures',
  'calibrate.excluded':
    '{short} agent-day(s) online under {hours} h and {none} with no time online are left out of the capacities (--min-online)',
  'calibrate.missing.noStore': '{figure}: no store sales for these days in --store; not calibrated',
  'calibrate.missing.noSales': '{figure}: store sales are 0 on every one of these days; not calibrated',
  'calibrate.missing.noBuyers': '{figure}: no paying buyers on these days; not calibrated',
  'calibrate.missing.noInquiries': '{figure}: no inquiries on these days; not calibrated',
  'calibrate.missing.noOrders': '{figure}: no orders on these days in --store; not calibrated',
  'calibrate.missing.noAgentDays':
    '{figure}: no agent-day with buyers received and enough time online; not calibrated (lower --min-online?)',
  'calibrate.missing.noOnlineHours': '{figure}: the agent export has no 在线时长 column; not calibrated',
  'calibrate.csAboveStore':
    'on {count} day(s) (first {date}) the agents sold more than the store; check that both files cover the same shop and currency (a CS share above 100% is not written to the config)',
  'calibrate.historyDays':
    'hourly history for {covered} of the {days} days of the exports; the backtest shows the busiest hour of those',
  'calibrate.peakNeedsHourly':
    'the busiest hours need an hourly capacity, and the agent export has no 在线时长 to work one out; the backtest leaves them out',
  'calibrate.summaryPeak':
    'At the busiest hour of {kind} days the plan would have been {short} agent(s) short and {over} over in all',
  'calibrate.col.peak_hour': 'Busiest hour',
  'calibrate.col.peak_agents': 'Peak agents planned / needed',
  'calibrate.kept': 'kept {keys} as the file already had them; pass --force to replace them with the calibrated values',
  'calibrate.written': 'wrote {keys}; estimate and roster read them with --config',
  'calibrate.col.figure': 'Figure',
  'calibrate.col.kind': 'Kind of day',
  'calibrate.col.value': 'Value',
  'calibrate.col.min': 'Min',
  'calibrate.col.median': 'Median',
  'calibrate.col.max': 'Max',
  'calibrate.col.days': 'Days',
  'calibrate.col.agents': 'Agents',
  'calibrate.col.samples': 'Samples',
  'calibrate.col.date': 'Date',
  'calibrate.col.store_sales': 'Store sales',
  'calibrate.col.predicted_inquiries': 'Inquiries predicted',
  'calibrate.col.actual_inquiries': 'Inquiries actual',
  'calibrate.col.inquiry_error': 'Error',
  'calibrate.col.predicted_agents': 'Agents planned',
  'calibrate.col.needed_agents': 'Agents needed',
  'calibrate.col.on_duty_agents': 'Agents on duty',
  'calibrate.col.short_over': 'Short (−) / over (+)',
  'calibrate.figure.csShare': 'CS share',
  'calibrate.figure.aov': 'CS AOV',
  'calibrate.figure.conversion': 'Conversion',
  'calibrate.figure.botRate': 'Bot rate',
  'calibrate.figure.capacity': 'Capacity / day',
  'calibrate.figure.hourlyCapacity': 'Capacity / hour',
  'calibrate.figure.storeAov': 'Store AOV',
  'calibrate.figure.afterSalesRate': 'After-sales rate',
  'calibrate.kind.campaign': 'campaign',
  'calibrate.kind.eve': 'eve',
  'calibrate.kind.ordinary': 'ordinary',
  'calibrate.summary':
    'Backtest, {kind} days ({days}): inquiries off by {mean}% on average (at most {max}%); the plan would have been {short} agent-day(s) short and {over} over',
  'calibrate.summaryOneDay':
    "Backtest, {kind} day: its ratios were taken from that one day, so its error ({mean}%) says nothing; another year's files would test it",
  'calibrate.next': "Next: --out cs-plan.config.json writes the {kind} days' values for estimate and roster",
  // prompts
  'prompt.sales': 'Sales forecast for the day (销售额), e.g. 500000 or 50万',
  'prompt.csShare': 'CS sales share (客服销售占比), e.g. 30%',
  'prompt.aov': 'CS average order value (客服客单价), e.g. 100',
  'prompt.conversion': 'Inquiry conversion rate (询单转化率), e.g. 40%',
  'prompt.capacity': 'Inquiries one agent handles per day (客服饱和接待量), e.g. 576',
  'prompt.botRate': 'Share of inquiries a bot closes (机器人分流), e.g. 20%',
  // Rule names: English shows the rule's id, as CSV and JSON do.
  'check.ruleName.malformed': 'malformed',
  'check.ruleName.unknown_pattern': 'unknown_pattern',
  'check.ruleName.end_before_start': 'end_before_start',
  'check.ruleName.overlap': 'overlap',
  'check.ruleName.max_duty': 'max_duty',
  'check.ruleName.min_rest': 'min_rest',
  'check.ruleName.unknown_person': 'unknown_person',
  'check.ruleName.outside_availability': 'outside_availability',
  'check.ruleName.max_hours': 'max_hours',
  'check.ruleName.short': 'short',
  'check.ruleName.days_off': 'days_off',
  'check.ruleName.consecutive_days': 'consecutive_days',
  'check.ruleName.max_hours_week': 'max_hours_week',
  'check.ruleName.unavailable_day': 'unavailable_day',
  'check.ruleName.forbidden_sequence': 'forbidden_sequence',
  'check.ruleName.break_outside_shift': 'break_outside_shift',
  'check.ruleName.meal_break': 'meal_break',
  'check.ruleName.break_outside_window': 'break_outside_window',
  'check.ruleName.min_hours': 'min_hours',
  'check.ruleName.min_hours_week': 'min_hours_week',
  'check.ruleName.work_days': 'work_days',
  'check.ruleName.days_off_together': 'days_off_together',
} satisfies Catalog;

/** Every message cs-plan has; Chinese must have exactly these (the compiler checks). */
export type MessageKey = keyof typeof en;

/** Every message key, for tests and tools. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

const zh: Record<MessageKey, string> = {
  'value.notNumber': '不是数字;请写成 1000、1,000、¥1,000、100万 或 1.2亿 这样的金额',
  'value.notRatio': '不是比例;请写成 40% 或 0.4',
  'value.negative': '不能为负数',
  'formula.case.low': '下限',
  'formula.case.mid': '中值',
  'formula.case.high': '上限',
  'formula.salesRange':
    '销售额为区间:最忙的一天在下限需要 {low} 名客服,在上限需要 {high} 名;本计划按销售额{case}({planned} 名);用 --sales-case low|mid|high 更改',
  'value.notRange': '不是区间;请写成 下限..上限,例如 300万..450万',
  'value.rangeOrder': '从 {low} 降到 {high};请先写下限,例如 300万..450万',
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
  'csv.titleSkipped': '跳过了表头上方的 {count} 行标题("{cell}")',
  'csv.ignoredColumns': '忽略了 cs-plan 不使用的列:{columns}',
  'csv.unknownColumnTypo': '有一列 "{column}";是不是 "{suggestion}"?可用的列为 {known}',
  'csv.columnChosen': '把 "{used}" 读作 {field};同样表示 {field} 而被忽略的列:{others}',
  'csv.columnChosen.inquiries': '把 "{used}" 读作咨询量;忽略:{others}(可用 --inquiries-column NAME 指定其他列)',
  'csv.preferMissing': '在 {candidates} 中没有名为 "{column}" 的列;请指定其中之一',
  'csv.duplicateTime':
    '与第 {other} 行的时间 {time} 重复;请删除一行,或用 --duplicates sum 把同一时间的行相加(按渠道拆分的导出)',
  'csv.duplicatesSummed': '把 {count} 行重复时间的数据相加(--duplicates sum)',
  'csv.dashAsZero': '把列 {column} 中 {count} 个 "-" 读作 0 咨询(该小时无数据)',
  'file.xls': '是 Excel 97–2003 (.xls) 或 WPS (.et) 工作簿,cs-plan 无法读取;请打开后另存为 .xlsx 或 CSV',
  'file.numbers': '是 Apple Numbers 文件;请导出为 .xlsx 或 CSV',
  'file.zip': '是 zip 压缩包,不是 .xlsx 工作簿或 CSV 文件;请先解压,或把表格另存为 .xlsx 或 CSV',
  'file.pdf': '是 PDF;cs-plan 读取 CSV 和 .xlsx:请从表格或客服软件导出为 CSV 或 .xlsx',
  'file.binary': '不是文本 (CSV) 文件,也不是 .xlsx 工作簿;请在表格软件中另存为 .xlsx 或 CSV',
  'file.badXlsx': '无法作为 .xlsx 工作簿打开({reason});请用 Excel 或 WPS 打开后重新另存为 .xlsx 或 CSV',
  'file.noSheet': '中没有名为 "{sheet}" 的工作表;现有工作表:{sheets}',
  'file.noSheets': '中没有工作表;请把数据所在的表另存为 .xlsx 或 CSV',
  'csv.utf8Kept': '是有效的 UTF-8,按 UTF-8 读取;--encoding {encoding} 只用于非 UTF-8 的文件',
  'value.unknownEncoding': '不是可识别的编码;请使用 utf-8、gbk、gb18030 或 utf-16le',
  'value.ambiguousDate':
    '无法判断是"月/日"还是"日/月";请加上 --date-format MDY(11/10/2026 = 11月10日)或 --date-format DMY',
  'config.invalidJson': '不是有效的 JSON({reason});请修正语法',
  'config.notObject': '必须是一个 JSON 对象,例如 {"csShare": "30%"}',
  'config.unknownKey': '有未知的键 "{key}";键名是驼峰式的选项名,例如 {examples}',
  'options.missing': '缺少 {flags};请用参数传入、写进 --config 配置文件,或在终端中运行以逐项输入',
  'options.salesAndForecast': '--sales(单日)和 --forecast 文件(多日)只能二选一',
  'options.outIsInput': '会覆盖输入文件 {file};请换一个 --out 路径',
  'options.outIsDirectory': '是一个文件夹;请给出文件名,例如 {example}',
  'options.outFolderMissing': '无法写入:文件夹 {folder} 不存在',
  'options.writeFailed': '无法写入({reason})',
  'options.unknownFormatExt': '的扩展名无法识别;请使用 .csv 或 .json(estimate 和 roster 也可用 .xlsx),或指定 --format',
  'options.gridExt': '必须以 .csv 或 .xlsx 结尾:排班表格写成 CSV 或 Excel 工作簿',
  'options.conflict': '{a} 与 {b} 冲突:{why}',
  internal: '内部错误:{message}。请加上 --debug 重新运行并把输出反馈给我们',
  interrupted: '已中断;没有写入任何文件',
  'estimate.title': '售前客服人数测算(白皮书公式)',
  'estimate.titleWithAfterSales': '售前(白皮书公式)与售后客服人数测算',
  'estimate.total': '合计',
  'estimate.peakDay':
    '需要的人数:{agents},即最忙一天的客服人数({date});合计行的人数是人天;cs-plan roster 给出确切的团队和班次',
  'estimate.explainHead': '{date} 的计算过程:',
  'estimate.explainHeadNoDate': '计算过程:',
  'estimate.explainCsSales': '客服销售额   = 销售额 {sales} × 客服销售占比 {csShare} = {csSales}',
  'estimate.explainBuyers': '客服销售人数 = 客服销售额 {csSales} ÷ 客服客单价 {aov} = {csBuyers}',
  'estimate.explainInquiries': '售前接待量   = 客服销售人数 {csBuyers} ÷ 询单转化率 {conversion} = {inquiries}',
  'estimate.explainHuman': '人工接待量   = 接待量 {inquiries} × (1 − 机器人分流 {botRate}) = {humanInquiries}',
  'estimate.explainAgents':
    '客服人数     = {humanInquiries} ÷ 饱和接待量 {capacity} = {agentsExact} → 向上取整 → {agents}',
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
  'col.agents_range': '客服 下限–上限',
  'col.orders': '订单数',
  'col.after_sales_inquiries': '售后咨询量',
  'col.after_sales_agents': '售后客服',
  'col.total_agents': '客服合计',
  'estimate.afterSalesTitle': '售后波峰:{orders} 笔订单中 {rate} 会联系客服,分布在 {days} 天内({curve})',
  'everyday.needs': '{flag} 是针对每个人的规则:请提供 --staff 或 --headcount',
  'everyday.needsShifts': '{flag} 要用到班次名称:请提供 --shifts(例如 templates/shift-patterns.csv)',
  'roster.freeShiftTimes':
    '自由班次加逐人规则:按首轮方案最常用的 {count} 个班次时间({times} 等)逐人排班;证明与首轮方案的下界比较',
  'everyday.badForbid': '必须是班次对,如 晚班>白班,用逗号分隔',
  'everyday.decompositionBalance': '分解法(逐日分配班次)无法满足此团队的工时均衡;请放宽 --balance-hours',
  'everyday.badBalance': '必须是小时数如 16、min(尽量缩小差距),或两者:16,min',
  'everyday.badBreak':
    '必须是休息规则,如 60m-after-4h(超过 4 小时的班次中休息 60 分钟,连续工作不超过 4 小时),可加用餐时段:60m-after-4h@11:00-13:30,17:00-19:30',
  'everyday.breakWindowShort': '有一个用餐时段短于 {minutes} 分钟的休息',
  'everyday.breakNoWindow':
    '班次"{pattern}"需要用餐休息,但在用餐时段 {windows} 内放不下能让每段连续工作都不超限的休息;请放宽时段或修改规则',
  'everyday.breakDoesNotFit': '无法放进班次 "{pattern}":一次休息后仍有超过规则的连续工作;请缩短班次或放宽连续工作时长',
  'everyday.notMidnight': '日常排班需要从午夜开始的整天窗口;请让预测或需求文件从 00:00 开始',
  'everyday.unknownPattern': '提到的班次 "{name}" 不在 --shifts 中({known})',
  'afterSales.badCurve': '必须是每天的权重,如 40,25,15,10,5,5:不小于 0 的数,且不能全为 0',
  'afterSales.needsDates': '不是日历日期;售后波峰需要 2026-11-11 这样的日期才能延续到之后几天',
  'afterSales.needsForecast':
    '需要销售预测(--forecast,或 --sales 加 --history):售后波峰来自每天的订单,--demand 文件没有这些信息',
  'afterSales.deferTooLong': '超过 72 小时;订单应在 72 小时内发货,售后工作不能等更久',
  'roster.afterSales': '售后',
  'roster.mealBreaks': '用餐休息',
  'roster.patternChanges': '偏离常用班次',
  'roster.preferenceMisses': '不合偏好',
  'roster.preferenceMissesLine': '{shifts} 个班次中有 {misses} 个不是本人偏好的班次(人员表 prefers 列)',
  'roster.fair': '公平分配(--fair)',
  'roster.fair.nights': '每位全职夜班 {least}–{most} 个',
  'roster.fair.weekends': '每位全职周末班 {least}–{most} 个',
  'roster.patternChangesLine': '{shifts} 个班次中有 {changes} 个不是本人常用班次',
  'roster.mealBreaksLine': '{count} 次(班次内共 {hours} 小时,不计入在岗)',
  'roster.afterSalesLine':
    '{contacts} 次咨询,{hours} 人·小时;{deferred} 次为售前让路而延后(平均 {mean} 小时,最长 {longest} 小时,上限 {limit} 小时);{overdue} 次超过上限',
  'value.notDateTime': '不是日期时间;请写成 2026-11-10 20:00',
  'value.notDate': '不是日期;请写成 2026-11-10',
  'value.notHour': '不是小时;请写 0–23、20:00 或 20:00-21:00',
  'value.notClock': '不是时刻;请写成 09:00 或 17:30',
  'value.notHours': '不是时长;请写小时数如 8、7.5、8h,或分钟数如 90m',
  'staff.duplicateName': '第二次出现姓名 "{name}";请给每人一个唯一的名字',
  'staff.availabilityOrder': '不晚于 available_from;此人将永远不可用',
  'demand.datesNotConsecutive': '排班的预测日期必须是连续的天:在应为 {expected} 的位置出现了 {date}',
  'demand.emptyHistoryDay': '历史日期 {date} 没有咨询量,无法得到小时分布;请删除该日或使用 --align average',
  'demand.alignFallback.date':
    '预测日 {dates} 在历史中找不到往年同月同日;改用全部 {days} 个历史日的平均小时分布(可用 --align 指定对应方式)',
  'demand.alignFallback.weekday': '预测日 {dates} 在历史中找不到同一星期几;改用全部 {days} 个历史日的平均小时分布',
  'demand.alignFallback.offset': '预测日 {dates} 按 --align 的偏移找不到历史日;改用全部 {days} 个历史日的平均小时分布',
  'value.tooLarge': '数字太大,无法计算;请检查该单元格(最多 1,000,000,000,000,000)',
  'value.thousandsInList':
    '看起来是带千位分隔符的数字 {plain},但这里逗号用来分隔多个值;请写 {plain},或在列表的逗号后加空格(1, 500)',
  'csv.raggedRow': '这一行只有 {cells} 个单元格,表头有 {columns} 列:缺少单元格或逗号;请补齐(空单元格也要保留逗号)',
  'value.notOpenHours': '不是营业时间;请写成 09:00-24:00,或多个时段 08:00-12:00,13:00-24:00',
  'roster.openHours': '客服在线时间',
  'roster.pastWindow': '其中 {hours} 小时在窗口结束({end})之后',
  'roster.openHoursLine': '{hours};下线期间到达 {moved} 个咨询:{what}',
  'roster.openCarry': '上线后接待',
  'roster.openDrop': '交给机器人',
  'roster.openDropped': '窗口最后一次上线之后的 {dropped} 个不计入',
  'queue.tooLong': '在这样的咨询量和耐心下,排队会超过 {states} 人,超出 Erlang A 的计算范围;请增加客服或缩短 --patience',
  'value.notAlignment':
    '不是有效的历史对应方式;请用 date、weekday、position、average,或 2026-11-11=2025-11-12 这样的偏移',
  'roster.historyShapes': '每天的小时分布取自',
  'roster.shapeAverage': '全部 {days} 个历史日的平均',
  'roster.shapeDays': '{days} 天的平均',
  'roster.shapeMore': '…另有 {count} 天',
  'demand.historyTooShort':
    '历史数据有 {historyDays} 天,预测有 {forecastDays} 天:--align position 时每个预测日按相同位置的历史日分配小时。请补充历史数据,或使用 --align date 或 --align average',
  'roster.needsDemand': '需要需求的小时分布:请传入 --history 文件(往年每小时咨询量)或 --demand 文件(每个时段的咨询量)',
  'roster.needsCapacity': '需要每人每小时接待量:请传入 --hourly-capacity N,或 --capacity 与 --work-hours',
  'roster.dateForRoster': '不是日历日期;排班需要 2026-11-10 这样的日期',
  'roster.maxShiftAbove12':
    '为 {hours},超过 12 小时规则:任何人连续值班不得超过 12 小时(尽量避免超过12小时连续值班);请设为 12 或更少',
  'roster.patternAbove12': '班次 "{name}" 长 {hours} 小时,超过 12 小时规则:任何人连续值班不得超过 12 小时;请缩短',
  'roster.patternOffGrid': '班次 "{name}" 的开始或结束不在 {slot} 分钟的时段网格上;请使用 --slot 30 或 --slot 15',
  'roster.patternLength':
    '班次 "{name}" 长 {hours} 小时,不在 --min-shift {min} 小时 … --max-shift {max} 小时之间;请修改班次或限制',
  'roster.noCandidates': '在这些班次和时长限制下,排班时间窗内放不下任何班次;请检查 --shifts、--min-shift 和时间窗',
  'roster.staffUnavailable':
    '--staff 中没有人能在排班时间窗内上任何允许的班次;请检查 available_from、available_to 和 max_hours',
  'roster.infeasible': '这些设置下不存在可行的排班;请放宽 --min-shift、--max-shift、--min-rest 或人员限制',
  'roster.noSolutionInTime': '求解器在 --time-limit {seconds} 秒内没有找到排班;请增加 --time-limit 或使用更粗的 --slot',
  'roster.solverFailed': '求解器未给出排班就停止了(HiGHS 状态 {status})',
  'roster.title': '排班 {from} – {to}(共 {slots} 个 {slot} 分钟时段)',
  'roster.formulaAgents': '按公式每天需要的客服',
  'roster.peakRequired': '高峰所需客服(单时段)',
  'roster.peopleRostered': '需要的人数(已排班)',
  'roster.cost': '成本',
  'roster.costDay.date': '日期',
  'roster.costDay.staff': '人员',
  'roster.costDay.outsourced': '外包',
  'roster.costDay.total': '当天成本',
  'roster.cost.line': '{total}:{parts}',
  'roster.cost.separator': ';',
  'roster.hiringAnswer': '招聘答案:{people} 人,{answer}',
  'roster.tempMinTooLong': '超过了任何班次的上限(最多连续 {hours} 小时):排不上任何班次',
  'roster.tempNameTaken': '会把一名临时客服命名为 {name},但人员表中已有同名的人;请在人员表中改名',
  'roster.costNeedsStaff':
    '需要人员及其工资:带 hourly_cost / daily_cost 列的 --staff,或临时客服池 --temps N --temp-daily-cost …',
  'roster.costPersonModel':
    '只在大促排班中计算成本;有 --shifts、--staff 且为一周或更长(或有个人规则)时使用日常排班模型,它暂不计算成本:请缩短时间范围或去掉个人规则',
  'roster.whatIfNeedsCost': '列出了多个日薪,即假设分析表:需要 --temps 和 --minimise cost',
  'why.profileOld': '--profile 是 --align position|average 的旧名;请用 --align',
  'why.demandGivesSlots': '--demand 已经给出每个时段的咨询量',
  'why.noPatience': '没有 --patience 就没有人会放弃排队',
  'why.staffSaysWho': '人员文件已经列出谁可以上班',
  'why.peopleFixed': '人数已经固定;请去掉其中一个',
  'why.afterSalesCampaign': '售后在大促排班中规划,而大促排班没有这条规则',
  'why.workDaysLeave': '每 7 天上 {work} 天班,休息不足 {off} 天',
  'why.curveDays': '曲线有 {days} 天,不是 {wave} 天;请去掉 --after-sales-days',
  'why.trendOrder': '×{min} 大于 ×{max}',
  'why.shiftOneSlot': '一个班次至少要一个时段',
  'why.shortestLonger': '最短班次({min})比最长班次({max})还长',
  'why.windowShorter': '时间范围只有 {window},比最短班次({min})还短',
  'why.restPositive': '休息时间必须大于 0,否则两个班次会连成超过 12 小时的一段',
  'why.planningWindow': '排班时间范围',
  ...SETTING_FLAGS,
  'roster.why.whatIfWrites': '多个日薪只打印假设分析表,不写排班;要写文件请只给一个日薪',
  'roster.whatIf.title': '临时客服更贵或更便宜会怎样?每个日薪下成本最低的组合',
  'roster.whatIf.temp_daily_cost': '临时日薪',
  'roster.whatIf.people': '人数',
  'roster.whatIf.own_hours': '自有工时',
  'roster.whatIf.temps': '临时客服',
  'roster.whatIf.temp_shifts': '临时班次',
  'roster.whatIf.outsourced_inquiries': '外包咨询',
  'roster.whatIf.unanswered_inquiries': '未接待',
  'roster.whatIf.total_cost': '合计',
  'roster.whatIf.proven': '已证明',
  'roster.whatIf.overtime_hours': '加班小时',
  'roster.why.oneBot': '机器人要么按固定比例(--bot-rate),要么由优化器在 --bot-max 以内选择;请设 --bot-rate 0',
  'roster.why.onePrice': '外包团队只能有一种价格:按咨询或按人时',
  'roster.why.tempsHeadcount': '--headcount 已经固定了团队;请把自有人员列在 --staff 中',
  'roster.why.outsourceNeedsCost': '只有在按成本优化时才会把这些价格与工资权衡;请加上 --minimise cost',
  'roster.cost.own': '自有团队 {people} 人,{hours} 小时{overtime}({cost})',
  'roster.cost.temp': '招 {people} 名临时客服{days},{shifts} 个班次,{hours} 小时{overtime}({cost})',
  'roster.cost.days': '({from}–{to})',
  'roster.cost.day': '({date})',
  'roster.cost.busiest': ';其中 {share} 在 {from}–{to}',
  'roster.cost.outsourced': '外包客服 {people} 人,{hours} 小时{overtime}({cost})',
  'roster.cost.overtimeHours': ',其中加班 {hours} 小时',
  'roster.overtime': '加班',
  'roster.overtimeLine': '每周超过 {hours} 小时:{weeks};加班 {overtime} 小时,在工资之外多付 {premium}',
  'roster.overtimeNone': '每周超过 {hours} 小时:{weeks};没有人超过',
  'roster.overtimeDefault': '--staff 中的加班费率在每周超过 {hours} 小时后支付(默认值;用 --overtime-after 修改)',
  'roster.overtimeWeek': '{from}–{to} 为 {hours} 小时(该周 7 天中的 {days} 天)',
  'roster.overtimeWholeWeek': '{from} 起的一周为 {hours} 小时',
  'roster.overtimeNeedsRate':
    '按每周工时阈值计算加班费,但没有人有加班费率:请在 --staff 中加 overtime_cost 列(每个加班小时的全部成本,例如 1.5 × hourly_cost)',
  'roster.overtimeHoursRange': '必须是每周 1 到 168 之间的小时数,例如 40',
  'staff.overtimeBelowWage':
    'overtime_cost {overtime} 低于 hourly_cost {hourly}:它是一个加班小时的全部成本,例如 1.5 × {hourly} = {example}',
  'roster.cost.outsourcedInquiries': '外包 {inquiries} 个咨询({cost}{when})',
  'roster.cost.bot': '机器人接待 {inquiries} 个咨询({cost})',
  'roster.botSensitivity': '若机器人成功率低 10 个百分点(每小时最多 {share}):{total},多 {more}',
  'roster.costDay.bot': '机器人',
  'roster.cost.unmet': '{inquiries} 个咨询不接待(按 --unmet-cost 计 {cost},不实际支付,不计入合计)',
  'proof.cost': '成本 ¥{value}',
  'roster.peopleAvailable': '可用 {available} 人中用了 {used} 人',
  'roster.agentHours': '总工时(人·小时)',
  'roster.demandCovered': '需求覆盖率',
  'roster.longestShift': '最长连续值班',
  'roster.shortestRest': '最短休息',
  'roster.noRest': '无人上两个班',
  'roster.solver': '求解器',
  'roster.proof': '证明',
  'roster.solverLine.exact': 'HiGHS 精确求解,{seconds} 秒',
  'roster.solverLine.timeLimit': 'HiGHS 在 --time-limit 处停止,用时 {seconds} 秒(为找到的最好排班)',
  'roster.solverLine.decomposition': 'HiGHS 求下界,再按个人规则排人,{seconds} 秒',
  'proof.covered': '每个时段都已覆盖 — 已证明',
  'proof.unmet_demand': '缺口 {value} 人·时段',
  'proof.agent_hours': '总工时 {value}',
  'proof.people': '人数 {value}',
  'proof.soft_goals': '软目标 {value}',
  'proof.changes': '改动 {value} 处',
  'proof.other': '{name} {value}',
  'value.notAbsence': '不是缺勤写法;请写成 姓名:日期 或 姓名:日期..日期,例如 小王:2026-12-10..2026-12-11',
  'value.notMoment': '不是日期时间;请写成例如 "2026-11-11 01:00"',
  'replan.needs': '需要 {flag}:replan 从某一时刻起修改已发布的排班',
  'replan.outExt': 'replan 把新排班写成 .csv 或 .json;排班表请用 --grid FILE.xlsx',
  'replan.unreadableRoster': '排班中有 {count} 行无法读取;请先修正(cs-plan check 会逐行指出),以免重排时丢失',
  'replan.onCallTwice': '{name} 在待命名单中,又已在排班或人员文件中;每人只列一次',
  'replan.unknownAbsent': '{name} 不在排班、人员文件或待命名单中(已知:{known} 等)',
  'replan.noTrend': '趋势时段内计划咨询量为 0,后续需求不做缩放;请加大 --trend-hours',
  'replan.nowOutside': '--now 不在需求时间窗内({from} 至 {to});请给出窗内的时刻,或覆盖该时刻的需求',
  'replan.brokenBefore': '{file} 中已发生的部分(--now 之前)已违反 {count} 条规则;可用 cs-plan check 查看',
  'replan.lockedUnavailable':
    '{name} 正在值班,且在该班可结束之前(--notice-end)被标为不可上班;请手动结束该班或修改 --unavailable',
  'replan.unknownPerson': '{name} 在排班中,但不在可排人员中',
  'replan.title': '从 {at} 起重排:{file},{rows} 个班次,{people} 人{onCall}',
  'replan.onCallCount': ',待命 {count} 人',
  'replan.noChanges': '无需改动:已发布的排班保持不变。',
  'replan.changesHead': '改动({count} 处):',
  'replan.change.stays': '{agent} 延长到 {end}({delta} 小时,连续 {duty} 小时)',
  'replan.change.endsEarly': '{agent} 提前到 {end} 下班({delta} 小时,连续 {duty} 小时)',
  'replan.change.cancel': '{agent}:{old} 取消',
  'replan.change.add': '{agent} 加班次 {new}({hours} 小时)',
  'replan.change.call_in': '{agent} 被召回 {new}({hours} 小时)',
  'replan.change.extend': '{agent}:{old} 延长为 {new}',
  'replan.change.shorten': '{agent}:{old} 缩短为 {new}',
  'replan.change.move': '{agent}:{old} 调整为 {new}',
  'replan.row.actuals': '咨询量 {from}–{to}',
  'replan.actualsValue': '实际 {actual},计划 {planned}:×{ratio}{raw}',
  'replan.ratioBounded': '(×{raw},受 --trend-min/--trend-max 限制)',
  'replan.row.revised': '{at} 起的咨询量',
  'replan.revisedValue': '修正为 {revised}(计划 {planned})',
  'replan.row.unmet': '{at} 起的缺口',
  'replan.unmetValue': '原排班 {before} 人·小时 → 改动后 {after}',
  'replan.row.hours': '{at} 起的总工时',
  'replan.row.people': '新排班人数',
  'replan.row.longest': '最长连续值班(含已上时长)',
  'replan.solverValue': 'HiGHS 精确求解,{seconds} 秒',
  'replan.reportTitle': '{file} 自 {at} 起的重排',
  'replan.changesLabel': '改动',
  'table.hidden': '(为适应 {columns} 列宽未显示:{names};--wide 显示全部,--format csv 含所有列)',
  'replan.noActuals':
    '没有 {from} 至 {to}(--now 之前的 --trend-hours)的咨询量;请给出今天到目前为止的实际咨询量,每个时段一行',
  'replan.contractRule': 'replan 暂不规划 {flag}(合同下限);请去掉它,并用 cs-plan check {flag} 检查新排班',
  'replan.minHoursUnreachable':
    '{name} 至少要上 {hours} 小时(min_hours),但从现在起排不进任何班次;请降低 min_hours 或修改 --unavailable',
  'replan.infeasible':
    '从现在起无论怎样修改排班都无法满足所有规则(在岗班次、休息、休息日、工时上限、min_hours、--unavailable);请放宽其中一项,或用 --on-call 增加人员',
  'replan.proof.unmet': '缺口 {value} 人·小时',
  'proof.proven': '{what} — 已证明最优',
  'proof.bound': '{what} — 最多还能少 {less}',
  'proof.unknown': '{what} — 未证明',
  'roster.boundedResult': '排班遵守所有规则,但未证明最优:{proof}。退出码 1。',
  'objective.unmet_demand': '缺口最小',
  'objective.agent_hours': '总工时最少',
  'objective.people': '人数最少',
  'objective.soft_goals': '软目标(常用班次、偏好、工时差、公平分配)',
  'roster.short': '{slots} 个时段人手不足,共缺 {agentSlots} 人·时段;最缺在 {worst}(需要 {need},安排 {have})',
  'roster.unreachable':
    '有 {slots} 个有需求的时段不在任何允许的班次内(最早:{first});请增加覆盖它们的班次,或提前排班时间窗',
  'roster.serviceMet': '所有 {slots} 个有需求的时段都达到服务水平 {target}',
  'roster.serviceMissed':
    '{slots} 个有需求的时段中有 {missed} 个未达到服务水平 {target}(最早:{first});详见 --coverage 的 service_level 列',
  'roster.unassigned': '{count} 个班次在 max_hours 限制内无法分配给任何人;按缺人计',
  'roster.chartTitle': '每{bucket}客服人数(取峰值):{covered} 按需安排  {short} 缺人  {surplus} 多排',
  'roster.chartAfterSales': '(需求为售前;做售后的客服显示为高出需求的 {surplus})',
  'grid.sheet': '排班表',
  'grid.title': '排班表',
  'grid.total': '合计',
  'grid.legend': '图例',
  'grid.other': '其他时间',
  'grid.dayOff': '休息',
  'sheet.shifts': '班次明细',
  'sheet.coverage': '时段覆盖',
  'sheet.summary': '概要',
  'sheet.cost': '成本',
  'sheet.estimate': '人数预估',
  'sheet.item': '项目',
  'sheet.value': '数值',
  'roster.wrote': '已写入 {file}',
  'roster.timeLimitHit': '求解器达到 --time-limit;排班为找到的最好结果:{proof}。退出码 1。',
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
  'check.ruleName.malformed': '无法读取',
  'check.ruleName.unknown_pattern': '未知班次',
  'check.ruleName.end_before_start': '结束早于开始',
  'check.ruleName.overlap': '重叠',
  'check.ruleName.max_duty': '连续值班超时',
  'check.ruleName.min_rest': '休息不足',
  'check.ruleName.unknown_person': '不在人员表',
  'check.ruleName.outside_availability': '超出可上班时间',
  'check.ruleName.max_hours': '超出工时上限',
  'check.ruleName.short': '人手不足',
  'check.ruleName.days_off': '休息日不足',
  'check.ruleName.consecutive_days': '连续上班天数',
  'check.ruleName.max_hours_week': '周工时超限',
  'check.ruleName.unavailable_day': '不可上班日',
  'check.ruleName.forbidden_sequence': '禁止的班次衔接',
  'check.ruleName.break_outside_shift': '休息不在班内',
  'check.ruleName.meal_break': '缺少用餐休息',
  'check.ruleName.break_outside_window': '休息不在用餐时段',
  'check.ruleName.min_hours': '工时不足',
  'check.ruleName.min_hours_week': '周工时不足',
  'check.ruleName.work_days': '上班天数不符',
  'check.ruleName.days_off_together': '连休天数不足',
  'check.rule.malformed':
    '无法读取{column} "{text}";请写成 2026-11-10 09:00 这样的时间,或写 09:00 并填写日期列(排班表格中写 09:00-17:30、--shifts 里的班次名或 休)',
  'check.rule.unknown_pattern':
    '班次 "{text}"({column})的上下班时间未知;请在 --shifts FILE(name,start,end)中给出,或直接写时间,例如 09:00-17:30',
  'check.ref.line': '第 {line} 行',
  'check.ref.more': '等另外 {count} 处',
  'check.ref.cell': '单元格 {cell}',
  'check.rule.end_before_start': '结束时间 {to} 不晚于开始时间 {from}',
  'check.rule.overlap': '与{related}重叠({from} – {to})',
  'check.rule.max_duty': '连续值班 {value} 小时({from} – {to},{lines}),超过 {limit} 小时上限',
  'check.rule.min_rest': '上班前只休息了 {value} 小时({from} – {to},接{related});至少需要 {limit} 小时',
  'check.rule.unknown_person': '不在人员表中',
  'check.rule.outside_availability': '排在 {from} – {to},超出人员表中的可用时间',
  'check.rule.max_hours': '共 {value} 小时,超过其 max_hours {limit} 小时',
  'check.rule.min_hours': '共 {value} 小时,低于其 min_hours {limit} 小时',
  'check.rule.min_hours_week': '{from} – {to} 这一周工作 {value} 小时,低于每周 {limit} 小时下限',
  'check.rule.work_days': '{from} – {to} 这 7 天上班 {value} 天;应恰好 {limit} 天',
  'check.rule.days_off_together': '从 {from} 起只连休 {value} 天;休息日至少要连休 {limit} 天',
  'staff.minAboveMax': 'min_hours {min} 高于 max_hours {max}',
  'everyday.contractInfeasible':
    '这些设置排不出班:合同规则(--staff 中的 min_hours、--min-hours-week、--work-days-per-week 或 --days-off-together)在给定的班次、休息日和可用时间下无法满足;请降低要求或放开更多班次',
  'everyday.softGoalsSkipped':
    '软目标(prefers、--stable、--balance-hours min、--fair)未纳入规划:{people} 人的团队用分解法(先定各班次人数,再排人)规划,保证所有硬规则,但不含软目标',
  'everyday.contractNeedsExact':
    '在 --time-limit 内没有找到满足合同规则(min_hours、--min-hours-week、--work-days-per-week、--days-off-together)的 {people} 人排班;这些规则在当前班次和天数下可能无法满足:请降低要求或给更多时间',
  'check.rule.short': '{from} – {to}:在岗 {value} 人,需要 {limit} 人',
  'check.rule.forbidden_sequence': '连续两天上了 {text}({from} – {to},接{related}),--forbid 不允许这样排',
  'check.rule.break_outside_shift': '休息 {from} – {to} 不在班次之内',
  'check.rule.meal_break':
    '连续工作 {value} 小时未休息(休息 {from} – {to},{text} 分钟);--break 规定最多连续 {limit} 小时',
  'check.rule.break_outside_window': '休息 {from} – {to} 不在用餐时段 {text} 内',
  'check.gridNeedsShifts':
    '写了班次名({names},例如单元格 {cell}),但不知道它们的上下班时间;请用 --shifts FILE(name,start,end)给出,或在单元格中写时间,例如 09:00-17:30',
  'check.forbidNeedsShifts': '--forbid 指的是班次名;请用 --shifts FILE 给出班次,以便按上下班时间匹配',
  'check.rule.unavailable_day': '在人员表标为不可用的 {from} 这一天排了班',
  'check.rule.days_off': '{from} – {to} 内有连续 7 天只休 {value} 个整天;每 7 天至少休 {limit} 天',
  'check.rule.consecutive_days': '连续上班 {value} 天({from} – {to});最多 {limit} 天',
  'check.rule.max_hours_week': '{from} – {to} 这一周工作 {value} 小时,超过每周 {limit} 小时上限',
  'check.col.line': '行',
  'check.col.cell': '单元格',
  'check.col.agent': '客服',
  'check.col.rule': '规则',
  'check.col.message': '问题',
  'check.clean': '✓ {file}:没有违规({rows} 行,{people} 人)',
  'check.found': '{file} 中有 {count} 处违规({rows} 行,{people} 人)',
  'init.wrote': '已写入 {file}',
  'init.kept': '保留 {file}(文件已存在;--force 可覆盖)',
  'init.next':
    '下一步:填好这些文件,然后运行\n  cs-plan roster \\\n    --forecast {dir}/forecast.{ext} \\\n    --history {dir}/history.{ext} \\\n    --shifts {dir}/shift-patterns.{ext} \\\n    --staff {dir}/staff.{ext} \\\n    --config {dir}/cs-plan.config.json \\\n    --out roster.csv',
  'init.askFirstDate': '活动第一天(first day),例如 2026-11-10',
  'init.askDays': '排班天数(days)',
  'report.demand': '每时段客服人数:需求与安排',
  'report.gantt': '班次',
  'report.summary': '概要',
  'report.settings': '设置',
  'report.violations': '违规',
  'report.required': '需求',
  'report.scheduled': '安排',
  'report.short': '缺人',
  'report.outside': '外包 / 机器人',
  'report.serviceLevel': '预计服务水平',
  'check.reportTitle': '排班检查:{file}',
  'check.summary.rows': '行数',
  'check.summary.people': '人数',
  'check.summary.violations': '违规数',
  // calibrate
  'calibrate.zeroStoreSales':
    '{date} 的店铺销售额为 0,而客服成交了 ¥{csSales};无法计算客服销售占比;请修正该行,或把这一天从两个文件中都删去',
  'calibrate.duplicateAgentDay':
    '重复了 {agent} 在 {date} 的数据(首次出现在第 {other} 行);按渠道拆分的导出请先合计,或删去其中一行',
  'calibrate.buyersAboveInquiries': '付款人数 {buyers} 超过了询单人数 {inquiries};付款人数不能多于询单人数,请检查列',
  'calibrate.onlineOverDay': '一天的在线时长超过 24 小时;请写小时数(8.5)或 时:分:秒(08:30:00)',
  'calibrate.duplicateStoreDay': '重复了日期 {date}(首次出现在第 {other} 行);每天只保留一行',
  'calibrate.notCampaign': '不是大促日期;请写一天 2025-11-11 或一段 2025-11-11..2025-11-12',
  'calibrate.notPercentile': '不是百分位数;请写大于 0、不超过 100 的数,例如 80',
  'calibrate.campaignOutside': '不在客服绩效导出的日期范围内({from} 至 {to});请给出文件覆盖的大促日期',
  'calibrate.noStore': '没有 --store 文件:无法计算客服销售占比,配置中不写此项;其余数字只来自客服绩效导出',
  'calibrate.kinds':
    '{from} 至 {to}:大促 {campaign}({campaignDays} 天),前夜 {eveDays} 天,平日 {ordinaryDays} 天;每个数字按日期类型分别计算',
  'calibrate.noCampaign':
    '{from} 至 {to}:未给出 --campaign,{ordinaryDays} 天都按平日计算;加 --campaign 日期 可得到大促日的数字',
  'calibrate.excluded': '{short} 个客服日在线不足 {hours} 小时、{none} 个没有在线时长,未计入接待能力(--min-online)',
  'calibrate.missing.noStore': '{figure}:--store 中没有这些日期的店铺销售额;未校准',
  'calibrate.missing.noSales': '{figure}:这些日期的店铺销售额都为 0;未校准',
  'calibrate.missing.noBuyers': '{figure}:这些日期没有付款人数;未校准',
  'calibrate.missing.noInquiries': '{figure}:这些日期没有询单;未校准',
  'calibrate.missing.noOrders': '{figure}:--store 中这些日期没有订单数;未校准',
  'calibrate.missing.noAgentDays': '{figure}:没有既有接待、在线时长又足够的客服日;未校准(可降低 --min-online)',
  'calibrate.missing.noOnlineHours': '{figure}:客服绩效导出没有「在线时长」列;未校准',
  'calibrate.csAboveStore':
    '有 {count} 天(最早 {date})客服销售额超过了店铺销售额;请检查两个文件是否是同一店铺、同一币种(超过 100% 的客服销售占比不写入配置)',
  'calibrate.historyDays': '小时历史覆盖了导出 {days} 天中的 {covered} 天;回测显示这些天的最忙时段',
  'calibrate.peakNeedsHourly': '最忙时段需要每小时接待量,而客服绩效导出没有「在线时长」,无法算出;回测不含最忙时段',
  'calibrate.summaryPeak': '{kind}各天的最忙时段:计划共会缺 {short} 人、多 {over} 人',
  'calibrate.col.peak_hour': '最忙时段',
  'calibrate.col.peak_agents': '高峰客服 计划 / 需要',
  'calibrate.kept': '保留了文件中已有的 {keys};加 --force 可用校准值替换',
  'calibrate.written': '已写入 {keys};estimate 和 roster 用 --config 读取',
  'calibrate.col.figure': '指标',
  'calibrate.col.kind': '日期类型',
  'calibrate.col.value': '数值',
  'calibrate.col.min': '最小',
  'calibrate.col.median': '中位数',
  'calibrate.col.max': '最大',
  'calibrate.col.days': '天数',
  'calibrate.col.agents': '客服数',
  'calibrate.col.samples': '样本',
  'calibrate.col.date': '日期',
  'calibrate.col.store_sales': '店铺销售额',
  'calibrate.col.predicted_inquiries': '预测询单',
  'calibrate.col.actual_inquiries': '实际询单',
  'calibrate.col.inquiry_error': '误差',
  'calibrate.col.predicted_agents': '计划客服',
  'calibrate.col.needed_agents': '实际需要',
  'calibrate.col.on_duty_agents': '实际在岗',
  'calibrate.col.short_over': '缺(−)/ 多(+)',
  'calibrate.figure.csShare': '客服销售占比',
  'calibrate.figure.aov': '客服客单价',
  'calibrate.figure.conversion': '询单转化率',
  'calibrate.figure.botRate': '机器人分流',
  'calibrate.figure.capacity': '饱和接待量/天',
  'calibrate.figure.hourlyCapacity': '接待量/小时',
  'calibrate.figure.storeAov': '全店客单价',
  'calibrate.figure.afterSalesRate': '售后咨询率',
  'calibrate.kind.campaign': '大促',
  'calibrate.kind.eve': '前夜',
  'calibrate.kind.ordinary': '平日',
  'calibrate.summary': '回测,{kind}({days} 天):询单平均误差 {mean}%(最大 {max}%);计划会缺 {short} 人天、多 {over} 人天',
  'calibrate.summaryOneDay': '回测,{kind}:比例就取自这一天,误差({mean}%)说明不了什么;需用另一年的文件来检验',
  'calibrate.next': '下一步:加 --out cs-plan.config.json 把{kind}的数字写成 estimate 和 roster 的配置',
  'prompt.sales': '当天预估销售额(sales),例如 500000 或 50万',
  'prompt.csShare': '客服销售占比(CS share),例如 30%',
  'prompt.aov': '客服客单价(CS AOV),例如 100',
  'prompt.conversion': '询单转化率(conversion),例如 40%',
  'prompt.capacity': '客服饱和接待量(每人每天),例如 576',
  'prompt.botRate': '机器人分流比例(bot rate),例如 20%',
};

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, zh };

/**
 * Returns the message `key` in `lang` with `{name}` placeholders filled in.
 * A key missing in Chinese falls back to English, and an unknown key to itself.
 *
 * @example t('en', 'value.intRange', { min: 1, max: 12 }) // 'must be a whole number from 1 to 12'
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? t(lang, value.key, value.params) : String(value);
  });
}

/**
 * Whether a text computed at run time (an objective's name, say) is a message key.
 *
 * @example isMessageKey('proof.people') // true
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
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
export function formatMessage(
  lang: Lang,
  kind: 'error' | 'note',
  key: MessageKey,
  params: MessageParams,
  where: ErrorLocation,
): string {
  const prefix = kind === 'error' ? (lang === 'zh' ? '错误' : 'error') : lang === 'zh' ? '提示' : 'note';
  const head = formatLocation(lang, where);
  // One problem, one line: a cell holding a line break (a stray quote in a CSV) shows it as ⏎.
  return `${prefix}: ${head ? `${head}: ` : ''}${t(lang, key, params)}`.replace(/\r\n|\r|\n/g, '⏎');
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
      where.line !== undefined
        ? zhLang
          ? `${where.file} 第 ${where.line} 行`
          : `${where.file}:${where.line}`
        : where.file,
    );
  }
  if (where.option !== undefined) parts.push(where.option);
  if (where.setting !== undefined) parts.push(t(lang, `setting.${where.setting}`));
  if (where.column !== undefined) parts.push(zhLang ? `列 "${where.column}"` : `column "${where.column}"`);
  if (where.value !== undefined) parts.push(zhLang ? `值 "${where.value}"` : `value "${where.value}"`);
  return parts.join(', ');
}
