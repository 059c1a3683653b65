Console.WriteLine("EventStore benchmark: not written yet");
