# test/tui/resize-storm.sh: the short form of test/stress/resize-storm.sh
# (make stress sends 1,000 sizes): 50 random sizes, 1x1 and 2x2 among
# them, under the ASan build.
WB_SIZES=${WB_SIZES:-50}
WB_EVERY=${WB_EVERY:-5}
. "$WB_ROOT/test/stress/resize-storm.sh"
