// Browser tests start Chromium; one at a time keeps the 2-core machine responsive and timings stable.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
