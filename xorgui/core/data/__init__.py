"""The points a network learns from: data sets on the unit square, the test
points held out of them, and the input features computed from them."""
