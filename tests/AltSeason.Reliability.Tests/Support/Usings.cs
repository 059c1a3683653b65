global using AltSeason.Grpc;
