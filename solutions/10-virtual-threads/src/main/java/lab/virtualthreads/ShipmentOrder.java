package lab.virtualthreads;

/** An order waiting to be shipped: who carries it, how far (the carrier's zone) and how heavy it is. */
record ShipmentOrder(long id, String carrier, int zone, int weightGrams) {}
