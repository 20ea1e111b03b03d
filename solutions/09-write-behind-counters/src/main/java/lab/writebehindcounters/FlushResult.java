package lab.writebehindcounters;

/** What POST /admin/counters/flush returns: how many products and views this flush wrote to the database. */
record FlushResult(int products, long views) {

    static final FlushResult NOTHING = new FlushResult(0, 0);

    FlushResult plus(FlushResult other) {
        return new FlushResult(products + other.products, views + other.views);
    }
}
