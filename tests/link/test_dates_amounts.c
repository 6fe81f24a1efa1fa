/* Dates resolved against the document date, and money amounts: tables of
 * sentence -> (expression text, value). The hit is the word HIT. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "link_test_util.h"

typedef struct date_case {
    const char *sentence, *published, *text, *value; /* text NULL: no date */
} date_case;

/* 2025-04-28 is a Monday. */
static const date_case dates[] = {
    {"The judge HIT the order on April 24, 2025.", "2025-04-28", "April 24, 2025", "2025-04-24"},
    {"On Jan. 25 the city HIT the detainer.", "2025-04-28", "Jan. 25", "2025-01-25"},
    {"On Dec. 5 the city HIT the detainer.", "2025-01-10", "Dec. 5", "2024-12-05"},
    {"The county HIT the grant last Thursday.", "2025-04-28", "last Thursday", "2025-04-24"},
    {"The county HIT the grant on Friday.", "2025-04-28", "Friday", "2025-04-25"},
    /* a story published on a Monday: "on Monday" is that day, "last Monday" the week before */
    {"The county HIT the grant on Monday.", "2025-04-28", "Monday", "2025-04-28"},
    {"The county HIT the grant last Monday.", "2025-04-28", "last Monday", "2025-04-21"},
    {"The mayor will HIT it next Monday.", "2025-04-28", "next Monday", "2025-05-05"},
    {"This comes one week after a judge HIT the plan.", "2025-04-28", "one week after",
     "2025-04-21"},
    {"The list is due within 30 days of the HIT.", "2025-04-28", "within 30 days", "2025-05-28"},
    {"Earlier this month the state HIT the funds.", "2025-04-28", "Earlier this month", "2025-04"},
    {"Last month the state HIT the funds.", "2025-01-15", "Last month", "2024-12"},
    {"The city HIT the rule two days ago.", "2025-03-01", "two days ago", "2025-02-27"},
    {"The city HIT the rule yesterday.", "2025-03-01", "yesterday", "2025-02-28"},
    {"The order was HIT in 2017.", "2025-04-28", "in 2017", "2017"},
    {"The order was HIT in March 2024.", "2025-04-28", "March 2024", "2024-03"},
    {"The order dated 2025-02-11 was HIT.", NULL, "2025-02-11", "2025-02-11"},
    {"The order was HIT last year.", "2025-04-28", "last year", "2024"},
    /* nearest to the hit wins */
    {"On March 3 the suit began, and on April 2 the judge HIT it.", "2025-04-28", "April 2",
     "2025-04-02"},
    {"03/24/2026 39 MINUTE ORDER: the motion is HIT.", "2026-01-16", "03/24/2026", "2026-03-24"},
    {"DHS HIT the first drawdown on 3/25/2026.", "2026-01-16", "3/25/2026", "2026-03-25"},
    {"DHS HIT the grants on 2/27/26 after the vote.", "2026-03-10", "2/27/26", "2026-02-27"},
    /* a funding cycle's year dates no act */
    {"The Administrator is directed not to HIT the certification in the 2026 Community "
     "Development Block Grant agreement.",
     "2026-05-04", NULL, NULL},
    {"The department HIT Chicago's 2025 award.", "2025-12-10", NULL, NULL},
    {"The department HIT Chicago's 2025 award in September.", "2025-12-10", "September", "2025-09"},
    {"In 2025 grants were HIT.", "2025-12-10", "In 2025", "2025"},
    {"The county's 2019 agreement with ICE HIT deputies to check status.", "2025-12-10", "2019",
     "2019"},
    {"The jail HIT the detainer 24/7/365.", "2026-03-10", NULL, NULL},
    /* a comma ends a month: "In May, 12 cities" is May */
    {"In May, 12 cities were HIT.", "2025-08-05", "May", "2025-05"},
    /* a deadline yields to the event's own date */
    {"The April order HIT officials to act within 30 days.", "2025-05-30", "April", "2025-04"},
    /* a coming date: "takes effect Jan. 1" in a November story */
    {"The rule, which takes effect Jan. 1, was HIT.", "2025-11-20", "Jan. 1", "2026-01-01"},
    {"The rule took effect Jan. 1 and was HIT.", "2025-11-20", "Jan. 1", "2025-01-01"},
    /* dates that name an order are not the event's */
    {"Executive Order 14287 of April 28, 2025 is HIT.", "2026-04-09", NULL, NULL},
    {"Executive Order Number Forty-Seven (2025) is HIT.", "2026-01-21", NULL, NULL},
    {"On February 26, 2025, the governor HIT Executive Order Number Forty-Seven (2025).",
     "2026-01-21", "February 26, 2025", "2025-02-26"},
    /* weekdays across a month and a year boundary (2025-03-03 a Monday,
     * 2025-01-02 a Thursday) */
    {"The county HIT the grant on Friday.", "2025-03-03", "Friday", "2025-02-28"},
    {"The county HIT the grant last Friday.", "2025-01-02", "last Friday", "2024-12-27"},
    {"The county HIT the grant on Tuesday.", "2025-01-02", "Tuesday", "2024-12-31"},
    {"The board will HIT the plan on Monday.", "2024-12-31", "Monday", "2025-01-06"},
    {"Earlier this month the state HIT the funds.", "2025-01-05", "Earlier this month", "2025-01"},
    {"The order was HIT last year.", "2025-01-02", "last year", "2024"},
    /* seasons are dated to the year */
    {"A ruling this spring HIT the grants.", "2025-08-17", "this spring", "2025"},
    {"Earlier this summer the county HIT the policy.", "2025-08-17", "Earlier this summer", "2025"},
    {"The county HIT the policy last fall.", "2025-08-17", "last fall", "2024"},
    {"The county HIT the policy last spring.", "2025-08-17", "last spring", "2025"},
    {"The county HIT the policy last winter.", "2025-08-17", NULL, NULL},
    /* a month-day without a year: this year's unless over 60 days ahead */
    {"On Jan. 25 the city HIT the detainer.", "2025-01-10", "Jan. 25", "2025-01-25"},
    {"On Dec. 30 the city HIT the detainer.", "2026-01-10", "Dec. 30", "2025-12-30"},
    {"On Feb. 20 the city will HIT the detainer.", "2025-01-10", "Feb. 20", "2025-02-20"},
    {"On March 20 the city HIT the detainer.", "2025-01-10", "March 20", "2024-03-20"},
    {"On April 20 the city HIT the detainer.", "2025-01-10", "April 20", "2024-04-20"},
    /* a range is dated by its start */
    {"From March 3 to March 7 the county HIT detainers.", "2025-04-28", "March 3", "2025-03-03"},
    {"Between Jan. 5 and Jan. 9 the county HIT detainers.", "2025-04-28", "Jan. 5", "2025-01-05"},
    /* a deadline dates an act ordered ahead ("shall"), not one reported as done */
    {"The April order directed officials to HIT sanctuary jurisdictions within 30 days.",
     "2025-05-30", "April", "2025-04"},
    {"The State Police shall HIT to the Governor within 30 days on requests received since "
     "January 20, 2025.",
     "2025-08-19", "within 30 days", "2025-09-18"},
    {"The department told the cities that their 2025 COPS grants will be HIT in 30 days.",
     "2026-02-10", "in 30 days", "2026-03-12"},
    {"Chicago HIT it to court within a week.", "2026-05-16", NULL, NULL},
    {"The judge ruled on Oct. 28 and ordered the agencies to HIT the awards within 21 days.",
     "2025-11-20", "Oct. 28", "2025-10-28"},
    /* dates of other acts */
    {"Having heard oral argument on July 24, 2025, the Court HIT the motion.", "2025-07-25", NULL,
     NULL},
    {"Defendants are HIT from giving effect to the February 13, 2026 termination of the award.",
     "2026-02-27", NULL, NULL},
    {"The notices were HIT as directed by President Trump's April 28, 2025 executive order.",
     "2025-09-02", "April 28, 2025", "2025-04-28"},
    /* a year modifying the hit's noun or its relative clause dates the hit */
    {"The council voted on Tuesday to repeal a 2012 law that HIT the jail from honoring "
     "detainers.",
     "2025-10-02", "2012", "2012"},
    {"The city today announced a settlement resolving the State's 2024 HIT over its practices.",
     "2025-09-10", "2024", "2024"},
    {"The council repealed the 2017 resolution that had HIT the city a sanctuary.", "2026-05-18",
     "2017", "2017"},
    {"The mayor on Tuesday praised the 2017 ordinance and HIT the council.", "2025-10-02",
     "Tuesday", "2025-09-30"},
    /* a date in another clause weighs less */
    {"The state sued in March, and the court HIT the law in 2019.", "2025-04-28", "in 2019",
     "2019"},
    /* a background year does not move the news: "which passed ... in June 2017" */
    {"The ordinance passed in June 2017; the city HIT a warning letter in May.", "2025-08-01",
     "May", "2025-05"},
    {"The law was signed in October 2017 and HIT the following March.", "2026-05-16",
     "the following March", "2018-03"},
    {"The suit was filed in 2019 and HIT the following year.", "2026-05-16", "the following year",
     "2020"},
    /* formal dating of orders */
    {"HIT at the Capitol on this Thirtieth day of October in the Year Two Thousand Twenty-Five.",
     NULL, "Thirtieth day of October in the Year Two Thousand Twenty-Five", "2025-10-30"},
    {"HIT this 4th day of February.", "2025-03-01", "4th day of February", "2025-02-04"},
    {"HIT this Twenty-first day of June, 2024.", NULL, "Twenty-first day of June, 2024",
     "2024-06-21"},
    {"Act No. 314 of the 2024 Regular Session HIT sanctuary policies.", "2025-10-30", "2024",
     "2024"},
    /* legal drafting writes numbers twice */
    {"Within thirty (30) days, the agency shall HIT each subdivision.", "2026-03-23",
     "Within thirty (30) days", "2026-04-22"},
    /* a case's year is when it was decided; an order's is its name */
    {"In Lunn v. Commonwealth (2017), the court HIT that officers have no such authority.",
     "2026-07-14", "2017", "2017"},
    {"In April, the department told the city its awards may be HIT because of a 2018 Marion "
     "County Sheriff's Office policy.",
     "2025-08-17", "April", "2025-04"},
    /* the subject of a passive is what is acted on */
    {"The district court's October 3, 2025 order granting an injunction is HIT pending appeal.",
     "2025-12-08", NULL, NULL},
    {"The April 28 order HIT officials to publish a list.", "2025-05-30", "April 28", "2025-04-28"},
    /* days a month does not have */
    {"On June 31, 2025 the city HIT the detainer.", "2025-08-01", NULL, NULL},
    {"HIT this Twenty-ninth day of February in the Year Two Thousand Twenty-Five.", NULL, NULL,
     NULL},
    {"HIT this Twenty-ninth day of February in the Year Two Thousand Twenty-Four.", NULL,
     "Twenty-ninth day of February in the Year Two Thousand Twenty-Four", "2024-02-29"},
    /* fiscal years are budgets, not dates */
    {"The Director shall HIT on funds received in fiscal years 2024 and 2025.", NULL, NULL, NULL},
    /* relative dates need the document date */
    {"The county HIT the grant last Thursday.", NULL, NULL, NULL},
    {"The governor may HIT it.", "2025-04-28", NULL, NULL},
    /* a document's number is no date */
    {"Executive Directive 2019-14 is HIT and replaced by this directive.", "2026-03-26", NULL,
     NULL},
    {"Memorandum 2024-03 is HIT.", "2025-09-30", NULL, NULL},
    /* a year on a noun of a few words before the hit's relative clause */
    {"The court on Tuesday upheld a 2024 state law that HIT sheriffs to hold inmates.",
     "2026-01-14", "2024", "2024"},
    {"The suit cites a 2024 Kentucky statute that HIT sanctuary policies.", "2026-10-22", "2024",
     "2024"},
    {"Denver asked the court on Friday to review a 2025 executive order that HIT its grants.",
     "2026-09-03", "2025", "2025"},
    {"The mayor on Friday criticized a 2025 order from the governor's office, and HIT it.",
     "2026-09-03", "Friday", "2026-08-28"},
    {"The court on Tuesday upheld a 2024 state law that requires sheriffs to HIT inmates.",
     "2026-01-14", "2024", "2024"},
    {"The department suspended the grants in April, citing a term in its 2025 general grant HIT "
     "that requires recipients to cooperate.",
     "2026-09-30", "2025", "2025"},
    {"The council voted on Tuesday to drop the phrase from a 2017 resolution after the governor "
     "HIT the city.",
     "2026-04-10", "Tuesday", "2026-04-07"},
    /* seasons with "in the" */
    {"FEMA restored grants that it HIT in the spring, a filing said on Tuesday.", "2026-07-28",
     "in the spring", "2026"},
    {"The county HIT the grants in the fall.", "2026-03-10", "in the fall", "2025"},
    {"The county will HIT the grants in the fall.", "2026-03-10", "in the fall", "2026"},
    {"The state HIT the law in the spring of 2024.", "2026-03-10", "in the spring of 2024", "2024"},
    {"The county HIT the grants in the winter.", "2026-03-10", NULL, NULL},
    {"The county HIT the grants as revenues fall.", "2026-03-10", NULL, NULL},
    {"The county HIT the agreement this past summer.", "2026-03-10", "this past summer", "2025"},
    {"The county HIT the agreement this past month.", "2026-03-10", "this past month", "2026-02"},
    {"The county HIT the agreement this past year.", "2026-03-10", NULL, NULL},
    /* "next month", "next year" */
    {"Four deputies would HIT ICE training next month.", "2026-05-06", "next month", "2026-06"},
    {"The program will HIT next month.", "2025-12-10", "next month", "2026-01"},
    {"She expects the department to HIT similar terms in next year's agreements.", "2026-09-30",
     "next year", "2027"},
    {"The board met the next morning and HIT the plan.", "2026-09-30", NULL, NULL},
    /* a day after the day written before */
    {"Plaintiffs filed suit on February 17, 2026, and HIT a restraining order the next day.",
     "2026-02-26", "the next day", "2026-02-18"},
    {"The city sued on Feb. 3, and a judge HIT parts of it the following week.", "2026-02-12",
     "the following week", "2026-02"},
    {"The city sued on March 3; a judge HIT the rule two days earlier.", "2026-05-01",
     "two days earlier", "2026-03-01"},
    {"The state passed the law in March 2019, and three months earlier the city HIT it.",
     "2026-05-01", "three months earlier", "2018-12"},
    {"The city sued on March 3, and the judge HIT it the same day.", "2026-05-01", "the same day",
     "2026-03-03"},
    {"The city sued on March 3; the judge had HIT it the day before.", "2026-05-01",
     "the day before", "2026-03-02"},
    {"The city sued on March 3; the judge had HIT it the previous day.", "2026-05-01",
     "the previous day", "2026-03-02"},
    {"The city sued on March 3; the judge HIT it the day before the hearing.", "2026-05-01",
     "March 3", "2026-03-03"},
    /* parts of a month or a year */
    {"The county HIT the policy in mid-March.", "2026-05-01", "mid-March", "2026-03"},
    {"The county HIT the policy in mid-2025.", "2026-05-01", "mid-2025", "2025"},
    {"The county HIT the policy in late 2024.", "2026-05-01", "late 2024", "2024"},
    {"A mid-size county HIT the policy.", "2026-05-01", NULL, NULL},
    {"The county HIT the 2024-25 budget.", "2026-05-01", NULL, NULL},
    /* the day first */
    {"The county HIT the grant on 5 January 2026.", "2026-05-01", "5 January 2026", "2026-01-05"},
    /* a week is dated to its month when it lies in one (2026-03-20 a Friday,
     * 2026-03-03 a Tuesday) */
    {"The county HIT the grant last week.", "2026-03-20", "last week", "2026-03"},
    {"The county HIT the grant earlier this week.", "2026-03-20", "earlier this week", "2026-03"},
    {"The county HIT the grant last week.", "2026-03-03", NULL, NULL},
    {"The county will HIT the grant next week.", "2026-03-30", "next week", "2026-04"},
    /* the date of a saying yields to the date of what was said */
    {"The department said on March 10 that it HIT the funds on March 3.", "2026-03-20", "March 3",
     "2026-03-03"},
    {"The department said Tuesday that it HIT the funds.", "2026-03-20", "Tuesday", "2026-03-17"},
    /* a weekday that is a name */
    {"Attorney General Sunday HIT the cuts on Monday.", "2025-10-08", "Monday", "2025-10-06"},
    {"Attorney General Dave Sunday HIT the cuts.", "2025-10-08", NULL, NULL},
    {"On Sunday the mayor HIT the cuts.", "2025-10-08", "Sunday", "2025-10-05"},
    /* a weekday before the day it names */
    {"The county HIT the grant on Tuesday, March 10.", "2026-03-20", "March 10", "2026-03-10"},
    /* a day soon after a day of the sentence, in its year */
    {"The governor signed the order on Jan. 20, 2025, and it HIT on Feb. 1.", "2026-03-20",
     "Feb. 1", "2025-02-01"},
    /* "N days after" opening the sentence dates its main clause from the other
     * event, not from the document date */
    {"Five days after taking office, the president HIT the order.", "2026-05-16", NULL, NULL},
    {"The reversal came three weeks after the judge ruled, and HIT the money released.",
     "2025-12-11", "three weeks after", "2025-11-20"},
    /* the rest of a dateline is the day the story was filed: a date of the
     * sentence comes first; without a document date it dates the rest */
    {"April 24, 2025 \xE2\x80\x94 A federal judge on Wednesday HIT the conditions.", "2025-04-24",
     "Wednesday", "2025-04-23"},
    {"April 24, 2025 \xE2\x80\x94 A federal judge HIT the conditions.", "2025-04-24",
     "April 24, 2025", "2025-04-24"},
    {"Sept. 9, 2025 \xE2\x80\x94 The county has not HIT any detainer requests this year, the "
     "sheriff said Tuesday.",
     NULL, "this year", "2025"},
    {"Sept. 9, 2025 \xE2\x80\x94 The county said Tuesday that it HIT the suit.", NULL, "Tuesday",
     "2025-09-09"},
    /* business days */
    {"Defendants shall HIT the award within three business days.", "2026-06-03",
     "within three business days", "2026-06-08"},
    {"Defendants shall HIT the award within 5 business days.", "2026-06-05",
     "within 5 business days", "2026-06-12"},
    /* a deadline of a later verb */
    {"Defendants are HIT from enforcing it and shall restore access within 30 days.", "2026-06-03",
     NULL, NULL},
    /* a relative clause on the object dates its own act; one further on may
     * describe the hit */
    {"The order also HIT Executive Order 50, which the former mayor signed in April.", "2026-01-09",
     NULL, NULL},
    {"The state's HIT over the grant conditions, which it filed with 19 other states last year, "
     "is on appeal.",
     "2026-03-04", "last year", "2025"},
    /* "dated": the date of what is acted on */
    {"It HIT the version of Policy 319 dated April 2014.", "2026-06-01", NULL, NULL},
    /* an order named with its date dates what it does itself */
    {"The County Executive's order of May 11, 2026, directs all county departments to HIT "
     "sharing.",
     "2026-06-01", "May 11, 2026", "2026-05-11"},
    {"Executive Order 14287 of April 28, 2025 (Protecting American Communities), directed the "
     "publication of a HIT of such jurisdictions.",
     "2026-06-02", "April 28, 2025", "2025-04-28"},
    {"Section 3(c) of Executive Order 14287 of April 28, 2025, is HIT.", "2026-07-15", NULL, NULL},
    /* the participle on the subject of a passive dates what is acted on */
    {"The stay entered on February 20, 2026, is HIT, and the injunction is in full effect.",
     "2026-03-27", NULL, NULL},
    {"The restraining order issued on April 3, 2026, is HIT into a preliminary injunction.",
     "2026-04-17", NULL, NULL},
    {"Having reviewed the briefs and the arguments at the February 12, 2026 hearing, the court "
     "HIT in part the motion.",
     "2026-02-19", NULL, NULL},
    /* a court deciding in its own voice: the document's date */
    {"Having reviewed the briefs and the arguments at the February 12, 2026 hearing, the Court "
     "GRANTS in part and HIT in part the motion.",
     "2026-02-19", "GRANTS", "2026-02-19"},
    {"The Court therefore vacates the HIT.", "2026-03-09", "vacates", "2026-03-09"},
    {"The Court concludes that the HIT is arbitrary and capricious.", "2026-03-09", "concludes",
     "2026-03-09"},
    {"The application is otherwise denied, and the HIT stays in place.", "2026-05-08", "denied",
     "2026-05-08"},
    {"For the following reasons, the motion to HIT is ALLOWED.", "2026-04-14", "ALLOWED",
     "2026-04-14"},
    {"ORDER GRANTING PLAINTIFFS' MOTION FOR TEMPORARY HIT ORDER", "2026-02-26", "GRANTING",
     "2026-02-26"},
    {"The court concluded that the HIT was unlawful.", "2026-03-09", NULL, NULL},
    {"The motion was denied and the HIT allowed.", "2026-03-09", NULL, NULL},
    /* a day in parentheses after a document's number names the document */
    {"Information Bulletin No. 514 (September 30, 2025), to the extent inconsistent with this "
     "Bulletin, is HIT.",
     "2026-07-08", NULL, NULL},
    /* an order's effective date or deadline is the coming one */
    {"Effective July 1, no state agency shall HIT an agreement.", "2025-03-03", "July 1",
     "2025-07-01"},
    {"The department shall HIT to the Governor by September 30 on all grants.", "2025-03-03",
     "September 30", "2025-09-30"},
    {"On July 1 the county HIT the detainer.", "2025-03-03", "July 1", "2024-07-01"},
    /* a policy is dated by its making, not by a later change */
    {"Oregon's sanctuary law, first passed in 1987 and strengthened in 2021, HIT state police "
     "from enforcing immigration law.",
     "2025-09-18", "in 1987", "1987"},
    {"The council HIT the ordinance in 2017 and amended it in 2020.", "2025-09-18", "in 2017",
     "2017"},
    {"Tacoma adopted a policy in 2019 and HIT it last year.", "2026-04-16", "last year", "2025"},
    {"The city adopted the ordinance in 2017 and amended it last month to HIT police from asking.",
     "2026-04-16", "last month", "2026-03"},
    {"The state law, amended in 2021, HIT jails from holding people.", "2025-09-18", "in 2021",
     "2021"},
    {"The 2008 South Carolina Act and a 2011 follow-up HIT local jails to check status.",
     "2026-08-03", "2008", "2008"},
    {"The 2008 Act and a 2011 law HIT local jails to check status.", "2026-08-03", "2011", "2011"},
    /* a pluperfect after the hit tells an earlier act */
    {"Last month, the district court HIT the preliminary injunction it had entered in March.",
     "2026-10-28", "Last month", "2026-09"},
    {"The court HIT the injunction in March, after the city had sued in January.", "2026-10-28",
     "March", "2026-03"},
    /* a participle in the subject of a passive: what is acted on */
    {"A similar directive issued in April was HIT by a judge in June.", "2026-11-20", "June",
     "2026-06"},
    /* memoranda and directives named with their date, unless they act */
    {"The memorandum of February 19, 2025, is HIT.", "2026-07-21", NULL, NULL},
    {"The Secretary's memorandum of June 2, 2026, which directs FEMA to HIT preparedness awards, "
     "remains under review.",
     "2026-07-08", "June 2, 2026", "2026-06-02"},
    {"In its letter of October 3, 2026, the Office told the City that its award would be HIT.",
     NULL, "October 3, 2026", "2026-10-03"},
    {"In a memorandum of March 3, 2026, the Department told the City that its award would be HIT.",
     NULL, "March 3, 2026", "2026-03-03"},
    {"Executive Order 14287, Protecting American Communities (April 28, 2025), directs the "
     "Secretary to HIT jurisdictions.",
     "2026-07-21", "April 28, 2025", "2025-04-28"},
    {"Executive Order 14287, Protecting American Communities (April 28, 2025), and the HIT "
     "followed.",
     "2026-07-21", NULL, NULL},
    /* an executive in the first person, a state that holds on the document's day */
    {"By the authority granted to me, I direct the HIT:", "2026-09-08", "direct", "2026-09-08"},
    {"The HIT remains in effect as to that condition.", "2025-10-14", "remains", "2025-10-14"},
    {"That injunction remains in place while the department's HIT is pending.", "2025-10-14", NULL,
     NULL},
    {"I think the HIT was wrong.", "2025-10-14", NULL, NULL},
    /* "since a 1999 resolution" dates a state from then */
    {"Santa Fe has HIT itself a welcoming city since a 1999 council resolution, and the jail "
     "stopped accepting detainers in 2014.",
     "2026-08-27", "since a 1999", "1999"},
    {"The city HIT the 2019 resolution.", "2026-08-27", NULL, NULL},
    /* "hours after": the day told in the sentence, else the document's */
    {"Hours after taking the oath, the sheriff HIT a letter.", "2027-01-05", "Hours after",
     "2027-01-05"},
    {"The order was signed on Nov. 18, and within hours a coalition HIT suit.", "2026-11-20",
     "within hours", "2026-11-18"},
    {"The agency shall HIT the funds within 48 hours.", "2026-11-20", NULL, NULL},
    /* the period an ordinal counts in is weaker than the act's own time */
    {"Today's filing is the Attorney General's fourth HIT this year.", "2026-06-16", "Today",
     "2026-06-16"},
    {"It is the state's fourth HIT this year.", "2026-06-16", "this year", "2026"},
    /* what is to come (2026-10-14 is a Wednesday) */
    {"The council is set to HIT the ordinance on Tuesday.", "2026-10-14", "Tuesday", "2026-10-20"},
    {"The council HIT the ordinance on Tuesday.", "2026-10-14", "Tuesday", "2026-10-13"},
    {"The rule is scheduled to take effect in December, when the state will HIT.", "2026-10-14",
     "December", "2026-12"},
    {"The rule is slated to HIT in November.", "2026-10-14", "November", "2026-11"},
    {"The state HIT the rule in November.", "2026-10-14", "November", "2025-11"},
    /* parts of a day (2026-10-14 is a Wednesday) */
    {"The council voted on Sept. 30, and the mayor HIT the ordinance the next morning.",
     "2026-10-14", "the next morning", "2026-10-01"},
    {"The board met on Oct. 5, and that night the sheriff HIT the agreement.", "2026-10-14",
     "that night", "2026-10-05"},
    {"The judge ruled on Oct. 5, and later that day the state HIT.", "2026-10-14", "that day",
     "2026-10-05"},
    {"The county HIT the agreement this morning.", "2026-10-14", "this morning", "2026-10-14"},
    {"The county HIT the agreement last night.", "2026-10-14", "last night", "2026-10-13"},
    {"The board HIT the agreement Tuesday night.", "2026-10-14", "Tuesday", "2026-10-13"},
    {"The board HIT the agreement that morning.", "2026-10-14", NULL, NULL},
};

static void date_table(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
        const date_case *c = &dates[i];
        const char *t = c->sentence;
        uint32_t hs = (uint32_t)(strstr(t, "HIT") - t);
        link_date d = link_find_date(t, 0, (uint32_t)strlen(t), hs, hs + 3, c->published);
        expect_date("case", i, t, &d, c->text, c->value);
    }
}

/* Hits of several words, marked [ and ] in the sentence. */
static const date_case spans[] = {
    /* the subject of a passive hit is what is acted on; the present passive
     * is the court's own act (the document's date, as the gold dates it) */
    {"The April 2, 2026 [order of the District Court, case No. 1:26-cv-00411, is stayed] insofar "
     "as it bars the Department.",
     "2026-05-08", "stayed", "2026-05-08"},
    {"The [administrative stay entered on February 20, 2026, is VACATED], and the injunction is "
     "in full effect.",
     "2026-03-27", "VACATED", "2026-03-27"},
    /* a participle's own act when the hit ends before the be-verb */
    {"The [order issued] on April 3, 2026, is in effect.", "2026-04-17", "April 3, 2026",
     "2026-04-03"},
    /* an opening adverbial's comma does not set its date off */
    {"On Tuesday, the city [sued the state] over a law passed in 2019.", "2026-03-12", "Tuesday",
     "2026-03-10"},
    {"In March, the department [froze the grants] it had awarded in 2024.", "2026-05-12", "March",
     "2026-03"},
    /* a comma sets a date off: the relative clause's own time */
    {"Montgomery County, which has barred its police from asking since 2019, [lost a $2] million "
     "grant in March.",
     "2025-06-06", "March", "2025-03"},
    /* a date in a first relative clause inside the hit, a second one after it */
    {"The order rescinds [Executive Order 50, which the mayor signed in April and which a state "
     "judge voided] in September.",
     "2026-01-09", "September", "2025-09"},
    {"The jail [released at least 14 people in September who were the subject of ICE detainers].",
     "2026-10-22", "September", "2026-09"},
};

static void span_table(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof spans / sizeof *spans; i++) {
        const date_case *c = &spans[i];
        char t[512];
        size_t n = 0;
        uint32_t hs = 0, he = 0;
        for (const char *p = c->sentence; *p && n + 1 < sizeof t; p++) {
            if (*p == '[')
                hs = (uint32_t)n;
            else if (*p == ']')
                he = (uint32_t)n;
            else
                t[n++] = *p;
        }
        t[n] = '\0';
        link_date d = link_find_date(t, 0, (uint32_t)n, hs, he, c->published);
        expect_date("span case", i, t, &d, c->text, c->value);
    }
}

typedef struct amount_case {
    const char *sentence, *text;
    double value; /* < 0: no value */
} amount_case;

static const amount_case amounts[] = {
    {"The city lost $18 million in grants HIT.", "$18 million", 18e6},
    {"HIT nearly $2 billion in aid.", "nearly $2 billion", 2e9},
    {"The county HIT $376,000 in Byrne JAG money.", "$376,000", 376000},
    {"It HIT tens of millions of dollars.", "tens of millions of dollars", -1},
    {"It HIT $1.5 billion.", "$1.5 billion", 1.5e9},
    {"It HIT more than $250,000.", "more than $250,000", 250000},
    {"It HIT $4M in grants.", "$4M", 4e6},
    {"It HIT 3 million dollars.", "3 million dollars", 3e6},
    {"It HIT millions in federal grants.", "millions", -1},
    /* nearest to the hit */
    {"After losing $5 million last year, the city HIT $7 million more.", "$7 million", 7e6},
};

static void amount_table(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof amounts / sizeof *amounts; i++) {
        const amount_case *c = &amounts[i];
        const char *t = c->sentence;
        uint32_t hs = (uint32_t)(strstr(t, "HIT") - t);
        link_amount a = link_find_amount(t, 0, (uint32_t)strlen(t), hs, hs + 3);
        assert_true(a.found);
        char text[64];
        snprintf(text, sizeof text, "%.*s", (int)(a.end - a.start), t + a.start);
        if (strcmp(text, c->text)) fail_msg("case %zu: got \"%s\", want \"%s\"", i, text, c->text);
        assert_int_equal(a.has_value, c->value >= 0);
        if (c->value >= 0) assert_true(a.value == c->value);
    }
    const char *none = "The city HIT 18 officers and 2025 residents.";
    assert_false(link_find_amount(none, 0, (uint32_t)strlen(none), 9, 12).found);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(date_table),
        cmocka_unit_test(span_table),
        cmocka_unit_test(amount_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
