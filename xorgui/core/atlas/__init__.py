"""The atlas: where training works over two settings at once, its axes, its training
pass by pass, and its reading in plain facts."""
