Console.WriteLine("Ingestion benchmark: not written yet");
