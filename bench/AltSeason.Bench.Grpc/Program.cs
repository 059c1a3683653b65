Console.WriteLine("Grpc benchmark: not written yet");
