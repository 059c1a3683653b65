global using AltSeason.TimeSeries;
