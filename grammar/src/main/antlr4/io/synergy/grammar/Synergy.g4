// The Synergy language, version 1 (docs/language.md; normative: LANGUAGE.md of the spec).
//
// Attributes parse by their name: a known attribute takes the value shape its name implies, so the grammar knows
// where one attribute ends and the next begins (newlines carry no meaning). Every known attribute parses in every
// block; whether it belongs there is a semantic check (SYN105, SYN107), as is every value's range. An unknown name
// followed by values parses as `unknownAttr`, so a typo is a "did you mean" diagnostic, not a syntax error.
// Keywords are reserved only where the grammar expects them: `ident` admits every keyword as a name.
grammar Synergy;

file
    : header? declaration* EOF
    ;

header
    : SYNERGY version=NUMLIT
    ;

declaration
    : settingsDecl
    | processDecl
    | freerunDecl
    | treeDecl
    | machineDecl
    ;

settingsDecl
    : SETTINGS LBRACE attribute* RBRACE
    ;

processDecl
    : PROCESS name LBRACE attribute* RBRACE
    ;

freerunDecl
    : FREERUN name LBRACE attribute* RBRACE
    ;

treeDecl
    : TREE declared=name LBRACE (members+=name (COMMA members+=name)*)? (DEPENDS_ON deps+=name (COMMA deps+=name)*)? RBRACE
    ;

machineDecl
    : MACHINE name LIVE? LBRACE transition* RBRACE
    ;

transition
    : from=name ARROW to=name action? (WHEN condition)?
    ;

action
    : POST RANGE?   # postAction
    | EXTEND        # extendAction
    ;

// Precedence: `not` binds tightest, then `and`, then `or`.
condition
    : LPAREN condition RPAREN          # parenCondition
    | NOT condition                    # notCondition
    | condition AND condition          # andCondition
    | condition OR condition           # orCondition
    | UOW state=name                   # uowCondition
    | word=name                        # wordCondition
    ;

attribute
    : PERIOD kind=(HOURLY | DAILY | MONTHLY | YEARLY)             # periodAttr
    | RUN STRING+                                                 # runAttr
    | TRIGGER trigger                                             # triggerAttr
    | MACHINE name                                                # machineAttr
    | BLOCKING kind=(NORMAL | CHILDREN | DEPENDENCIES)            # blockingAttr
    | GROUP NUMLIT                                                # groupAttr
    | SOURCE STRING                                               # sourceAttr
    | SINK STRING                                                 # sinkAttr
    | BOXES STRING (COMMA STRING)*                                # boxesAttr
    | RETRIES count=NUMLIT (BACKOFF backoff=NUMLIT)?              # retriesAttr
    | TIMEOUT NUMLIT                                              # timeoutAttr
    | EXIT exitEntry (COMMA exitEntry)*                           # exitAttr
    | QUEUE STRING                                                # queueAttr
    | ARGS LBRACE argEntry* RBRACE                                # argsAttr
    | ENABLED value=(TRUE | FALSE)                                # enabledAttr
    | TIMEZONE STRING                                             # timezoneAttr
    | START (DATE | MINUS NUMLIT)                                 # startAttr
    | DISCRETE_LAG NUMLIT                                         # discreteLagAttr
    | MAX_FAILURES NUMLIT                                         # maxFailuresAttr
    | GC LBRACE attribute* RBRACE                                 # gcAttr
    | EVERY NUMLIT                                                # everyAttr
    | RESUBMIT_AFTER NUMLIT                                       # resubmitAfterAttr
    | RELEASE_LAG NUMLIT                                          # releaseLagAttr
    | LIFE_SUPPORT NUMLIT                                         # lifeSupportAttr
    | IDENT IDENT? genericValue*                                  # unknownAttr
    ;

exitEntry
    : meaning=(NOOP | CANCELED) NUMLIT
    ;

argEntry
    : name ASSIGN STRING
    ;

// The value of an unknown attribute: one word, then literals, value words and braced blocks. A further plain word
// starts the next attribute, so `prio 5 owner "me"` is two unknown attributes, not one.
genericValue
    : STRING | NUMLIT | DATE | TIME | MINUS | COMMA | ASSIGN
    | EVERY | AT | CRON | IN | BACKOFF | NOOP | CANCELED | TRUE | FALSE
    | HOURLY | DAILY | MONTHLY | YEARLY | NORMAL | CHILDREN | DEPENDENCIES
    | LBRACE (~(LBRACE | RBRACE))* RBRACE
    ;

trigger
    : EVERY NUMLIT zone?                             # everyTrigger
    | AT (atEntry (atSeparator atEntry)*)? zone?     # atTrigger
    | CRON STRING zone?                              # cronTrigger
    ;

zone
    : IN STRING
    ;

// Days without a time parse, so `at Mon, Wed 06:00` is one diagnostic (SYN200) rather than a cascade.
atEntry
    : days TIME?
    | TIME
    ;

// A missing comma before `Sat 08:30` parses (and is reported), rather than turning `Sat` into an attribute.
atSeparator
    : COMMA
    | {_input.LA(1) == IDENT && (_input.LA(2) == TIME || _input.LA(2) == MINUS)}?
    ;

// Day names are never keywords, so `days` takes plain identifiers only.
days
    : first=IDENT (MINUS last=IDENT)?
    ;

name
    : ident
    ;

ident
    : IDENT
    | SYNERGY | SETTINGS | PROCESS | FREERUN | TREE | MACHINE | DEPENDS_ON | LIVE
    | POST | RANGE | EXTEND | WHEN | NOT | AND | OR | UOW
    | PERIOD | RUN | TRIGGER | BLOCKING | GROUP | SOURCE | SINK | BOXES | RETRIES | TIMEOUT | EXIT | QUEUE | ARGS
    | ENABLED | TIMEZONE | START | DISCRETE_LAG | MAX_FAILURES | GC | RESUBMIT_AFTER | RELEASE_LAG | LIFE_SUPPORT
    | EVERY | AT | CRON | IN | BACKOFF | NOOP | CANCELED | TRUE | FALSE
    | HOURLY | DAILY | MONTHLY | YEARLY | NORMAL | CHILDREN | DEPENDENCIES
    ;

// ---- Lexer ------------------------------------------------------------------------------------------------------

SYNERGY        : 'synergy' ;
SETTINGS       : 'settings' ;
PROCESS        : 'process' ;
FREERUN        : 'freerun' ;
TREE           : 'tree' ;
MACHINE        : 'machine' ;
DEPENDS_ON     : 'depends_on' ;
LIVE           : 'live' ;
POST           : 'post' ;
RANGE          : 'range' ;
EXTEND         : 'extend' ;
WHEN           : 'when' ;
NOT            : 'not' ;
AND            : 'and' ;
OR             : 'or' ;
UOW            : 'uow' ;
PERIOD         : 'period' ;
RUN            : 'run' ;
TRIGGER        : 'trigger' ;
BLOCKING       : 'blocking' ;
GROUP          : 'group' ;
SOURCE         : 'source' ;
SINK           : 'sink' ;
BOXES          : 'boxes' ;
RETRIES        : 'retries' ;
TIMEOUT        : 'timeout' ;
EXIT           : 'exit' ;
QUEUE          : 'queue' ;
ARGS           : 'args' ;
ENABLED        : 'enabled' ;
TIMEZONE       : 'timezone' ;
START          : 'start' ;
DISCRETE_LAG   : 'discrete_lag' ;
MAX_FAILURES   : 'max_failures' ;
GC             : 'gc' ;
RESUBMIT_AFTER : 'resubmit_after' ;
RELEASE_LAG    : 'release_lag' ;
LIFE_SUPPORT   : 'life_support' ;
EVERY          : 'every' ;
AT             : 'at' ;
CRON           : 'cron' ;
IN             : 'in' ;
BACKOFF        : 'backoff' ;
NOOP           : 'noop' ;
CANCELED       : 'canceled' ;
TRUE           : 'true' ;
FALSE          : 'false' ;
HOURLY         : 'hourly' ;
DAILY          : 'daily' ;
MONTHLY        : 'monthly' ;
YEARLY         : 'yearly' ;
NORMAL         : 'normal' ;
CHILDREN       : 'children' ;
DEPENDENCIES   : 'dependencies' ;

LBRACE : '{' ;
RBRACE : '}' ;
LPAREN : '(' ;
RPAREN : ')' ;
COMMA  : ',' ;
ASSIGN : '=' ;
ARROW  : '->' ;
MINUS  : '-' ;

IDENT  : [A-Za-z_] [A-Za-z0-9_]* ;

// Dates and times are lexed loosely and validated when the AST is built (SYN002), so `2026-13-01` is one malformed
// date rather than three tokens.
DATE   : [0-9]+ '-' [0-9]+ '-' [0-9]+ ;
TIME   : [0-9]+ ':' [0-9]+ (':' [0-9]+)? ;
// An integer or a duration (`90s`, `1h30m`); anything else that starts with a digit is one malformed literal, so
// `1.5h` or a version `1.0` is one error rather than a number, a stray `.` and another number.
NUMLIT : [0-9] [0-9A-Za-z_.]* ;

// Escapes are checked when the AST is built (SYN003), so a bad escape does not end the string early.
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
// A string that meets the end of the line or file; reported as SYN003 and parsed as a string.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'? ;

// A string in single or curly quotes; reported (SYN001) and parsed as a string.
MISQUOTED_STRING
    : '\'' ~['\r\n]* '\''
    | '\u201C' ~[\u201D\r\n]* '\u201D'
    | '\u2018' ~[\u2019\r\n]* '\u2019'
    ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS      : [ \t\r\n\f\u000B\u00A0\uFEFF]+ -> skip ;

// Any other character; reported once and left out of the token stream.
ERROR_CHAR : . ;
