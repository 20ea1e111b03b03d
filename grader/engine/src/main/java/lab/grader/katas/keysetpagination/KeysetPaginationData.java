package lab.grader.katas.keysetpagination;

import java.util.List;

/**
 * The feeds the grader seeded for the keyset kata. The expected pages come from the database itself, so a check
 * also sees the rows it inserts while it runs.
 *
 * @param deep the long feed whose page 501 is measured
 * @param ties a feed where most activities share their timestamp with others, walked end to end
 * @param live the feed that gets new activities while a client pages through it
 * @param others ordinary feeds for spot checks and the cursor checks
 */
record KeysetPaginationData(
        Account deep, Account ties, Account live, List<Account> others, long emptyAccountId, long unknownAccountId) {

    /** An account and how many activities the seeder gave it. */
    record Account(long id, int activities) {}
}
